package org.torconformance.control.circuits.network;

import java.util.Base64;

/**
 * A router descriptor a controller posted, after its signature checked out.
 *
 * @param text      the descriptor as tor keeps it (LF line ends), served back by {@code desc/*}
 * @param digest    SHA-1 of the signed part: the descriptor digest
 * @param published {@code YYYY-MM-DD HH:MM:SS}
 * @param purpose   {@code general}, {@code controller} or {@code bridge}
 */
public record ServerDescriptor(String nickname, Fingerprint identity, String address, int orPort, int dirPort,
                               String published, long bandwidthKb, byte[] digest, String text, String purpose) {
    public ServerDescriptor {
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    public String digestBase64() {
        return Base64.getEncoder().withoutPadding().encodeToString(digest);
    }

    public String longName() {
        return "$" + identity.hex() + "~" + nickname;
    }

    public ServerDescriptor withPurpose(String newPurpose) {
        return new ServerDescriptor(nickname, identity, address, orPort, dirPort, published, bandwidthKb, digest, text,
                newPurpose);
    }
}
