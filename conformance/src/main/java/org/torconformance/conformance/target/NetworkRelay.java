package org.torconformance.conformance.target;

/** A relay a network case may name in a path ({@code $fingerprint}), and whether it is the network's exit. */
public record NetworkRelay(String nickname, String fingerprint, boolean exit) {
    /** The form control-spec §2.4 recommends for naming a relay. */
    public String serverSpec() {
        return "$" + fingerprint;
    }
}
