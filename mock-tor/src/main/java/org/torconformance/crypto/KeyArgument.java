package org.torconformance.crypto;

import java.util.Arrays;
import java.util.List;

/**
 * A {@code KeyType:KeyBlob} argument of ADD_ONION or ONION_CLIENT_AUTH_ADD. Tor splits it on
 * every {@code :} and drops empty pieces, so {@code x25519::blob} and {@code :x25519:blob:} are
 * accepted; anything but exactly two pieces is {@code 512 Invalid key type/blob}.
 */
public record KeyArgument(String type, String blob) {
    public static KeyArgument parse(String argument) {
        List<String> pieces = Arrays.stream(argument.split(":")).filter(piece -> !piece.isEmpty()).toList();
        if (pieces.size() != 2) {
            throw new IllegalArgumentException("key argument needs exactly KeyType:KeyBlob, got "
                    + pieces.size() + " non-empty piece(s)");
        }
        return new KeyArgument(pieces.get(0), pieces.get(1));
    }

    /** Key types compare case-insensitively in tor ({@code strcasecmp}). */
    public boolean isType(String expected) {
        return type.equalsIgnoreCase(expected);
    }

    /** The blob may be a secret key, so it stays out of logs and assertion messages. */
    @Override
    public String toString() {
        return "KeyArgument[type=" + type + ", blob=(" + blob.length() + " chars)]";
    }
}
