package org.torconformance.control.onion;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.crypto.X25519ClientAuth;

/**
 * Descriptors this client fetched, by service. Like tor, a descriptor that needs client
 * authorization the client lacks is kept undecrypted, and adding the right credential later
 * decrypts it (ONION_CLIENT_AUTH_ADD then answers 252).
 */
final class ClientDescriptorCache {
    /** @param authorizedClients base32 x25519 public keys that can decrypt it; empty when anyone can */
    record Cached(String text, boolean decrypted, List<String> authorizedClients) {
        Cached {
            authorizedClients = List.copyOf(authorizedClients);
        }
    }

    private final Map<String, Cached> byIdentity = new HashMap<>();

    /** Stores a fetched descriptor, decrypting it with {@code credential} if there is one. */
    void store(OnionAddress service, String text, List<String> authorizedClients, Optional<ClientCredential> credential) {
        boolean decrypted = authorizedClients.isEmpty() || credential.filter(c -> canDecrypt(c, authorizedClients)).isPresent();
        byIdentity.put(keyOf(service), new Cached(text, decrypted, authorizedClients));
    }

    Optional<Cached> get(OnionAddress service) {
        return Optional.ofNullable(byIdentity.get(keyOf(service)));
    }

    void remove(OnionAddress service) {
        byIdentity.remove(keyOf(service));
    }

    /** True if a cached, undecrypted descriptor of the credential's service now decrypts. */
    boolean decryptWith(ClientCredential credential) {
        Cached cached = byIdentity.get(keyOf(credential.address()));
        if (cached == null || cached.decrypted() || !canDecrypt(credential, cached.authorizedClients())) {
            return false;
        }
        byIdentity.put(keyOf(credential.address()), new Cached(cached.text(), true, cached.authorizedClients()));
        return true;
    }

    private static boolean canDecrypt(ClientCredential credential, List<String> authorizedClients) {
        String publicKey = X25519ClientAuth.encodePublicKey(X25519ClientAuth.publicKey(credential.privateKey()));
        return authorizedClients.contains(publicKey);
    }

    private static String keyOf(OnionAddress address) {
        return HexFormat.of().formatHex(address.publicKey());
    }
}
