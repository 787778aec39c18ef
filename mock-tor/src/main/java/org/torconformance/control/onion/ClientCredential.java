package org.torconformance.control.onion;

import java.util.Optional;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.crypto.X25519ClientAuth;

/**
 * A client's x25519 key for one onion service (ONION_CLIENT_AUTH_ADD, or a ClientOnionAuthDir file).
 *
 * @param addressAsGiven the address exactly as given (tor stores and prints it so, in either case)
 */
record ClientCredential(String addressAsGiven, OnionAddress address, byte[] privateKey, boolean permanent,
                        Optional<String> clientName) {
    ClientCredential {
        privateKey = privateKey.clone();
    }

    @Override
    public byte[] privateKey() {
        return privateKey.clone();
    }

    /**
     * The line ONION_CLIENT_AUTH_VIEW prints, in tor's field order (Flags before ClientName).
     */
    String viewLine() {
        return "CLIENT " + addressAsGiven + " x25519:" + X25519ClientAuth.encodePrivateKey(privateKey)
                + (permanent ? " Flags=Permanent" : "")
                + clientName.map(n -> " ClientName=" + n).orElse("");
    }

    @Override
    public String toString() {
        return "ClientCredential[" + addressAsGiven + (permanent ? ", permanent" : "") + "]";
    }
}
