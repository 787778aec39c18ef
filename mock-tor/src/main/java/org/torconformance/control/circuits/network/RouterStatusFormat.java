package org.torconformance.control.circuits.network;

/**
 * Router status entries as tor answers {@code ns/*} on a client with a microdescriptor consensus:
 * {@code r} (published is the fixed 2038-01-01 of microdesc consensuses, the second digest the
 * first 20 bytes of the microdescriptor's), {@code s} and {@code w} lines.
 */
public final class RouterStatusFormat {
    static final String MICRODESC_PUBLISHED = "2038-01-01 00:00:00";

    private RouterStatusFormat() {
    }

    public static String entry(Relay r) {
        return "r " + r.nickname() + " " + r.identity().base64() + " " + MicrodescriptorText.shortDigest(r.microdescriptor())
                + " " + MICRODESC_PUBLISHED + " " + r.address() + " " + r.orPort() + " " + r.dirPort() + "\n"
                + "s " + String.join(" ", r.flags()) + "\n"
                + "w Bandwidth=" + r.bandwidth() + "\n";
    }

    /** A posted descriptor shown as a status entry ({@code ns/purpose/*}): its own digest and publication time. */
    public static String entry(ServerDescriptor d) {
        return "r " + d.nickname() + " " + d.identity().base64() + " " + d.digestBase64() + " " + d.published()
                + " " + d.address() + " " + d.orPort() + " " + d.dirPort() + "\n"
                + "s\n"
                + "w Bandwidth=" + d.bandwidthKb() + "\n";
    }
}
