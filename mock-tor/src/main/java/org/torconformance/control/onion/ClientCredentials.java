package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.crypto.OnionAddress;

/**
 * Tor's client-side authorization map: one credential per service public key (so an address in
 * upper case replaces the same address in lower case).
 */
final class ClientCredentials {
    private final Map<String, ClientCredential> byPublicKey = new HashMap<>();

    /** Stores {@code credential}; returns the one it replaced. */
    Optional<ClientCredential> put(ClientCredential credential) {
        return Optional.ofNullable(byPublicKey.put(keyOf(credential.address()), credential));
    }

    Optional<ClientCredential> remove(OnionAddress address) {
        return Optional.ofNullable(byPublicKey.remove(keyOf(address)));
    }

    Optional<ClientCredential> get(OnionAddress address) {
        return Optional.ofNullable(byPublicKey.get(keyOf(address)));
    }

    List<ClientCredential> all() {
        return new ArrayList<>(byPublicKey.values());
    }

    /** Tor rebuilds the map from ClientOnionAuthDir whenever its options change. */
    void replaceAll(List<ClientCredential> credentials) {
        byPublicKey.clear();
        credentials.forEach(this::put);
    }

    private static String keyOf(OnionAddress address) {
        return HexFormat.of().formatHex(address.publicKey());
    }
}
