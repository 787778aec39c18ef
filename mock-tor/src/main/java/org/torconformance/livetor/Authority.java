package org.torconformance.livetor;

/**
 * A directory authority of a {@link TorNetwork}: {@code v3Identity} is the fingerprint of its
 * authority certificate (from tor-gencert), {@code fingerprint} its relay identity.
 */
public record Authority(String nickname, String v3Identity, String fingerprint, int orPort, int dirPort) {

    /** The torrc line every node of the network carries for this authority. */
    public String dirAuthorityLine() {
        return "DirAuthority " + nickname + " orport=" + orPort + " no-v2 v3ident=" + v3Identity + " "
                + Loopback.HOST + ":" + dirPort + " " + fingerprint;
    }
}
