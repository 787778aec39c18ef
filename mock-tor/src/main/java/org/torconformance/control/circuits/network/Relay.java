package org.torconformance.control.circuits.network;

import java.util.List;

/**
 * A relay of the simulated consensus.
 *
 * @param flags          router status flags in tor's (alphabetical) order
 * @param microdescriptor the microdescriptor text, each line ending in LF
 * @param exit           whether its exit policy summary accepts ports ({@code p accept 1-65535})
 */
public record Relay(String nickname, Fingerprint identity, String address, int orPort, int dirPort,
                    List<String> flags, int bandwidth, String microdescriptor, boolean exit) {
    public Relay {
        flags = List.copyOf(flags);
    }

    /** Tor's verbose nickname, {@code $FP~nickname}, as paths, ORCONN and GUARD events print it. */
    public String longName() {
        return "$" + identity.hex() + "~" + nickname;
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
