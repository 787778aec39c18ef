package org.torconformance.crypto;

import java.util.Arrays;

/**
 * Base64 decoding with the leniency of tor's {@code base64_decode}, which every key blob and
 * base64 password hash on the control port goes through: whitespace is skipped, padding is
 * optional, the first {@code =} ends the data (anything after it is ignored), and bits left over
 * in a final partial group are dropped without being checked. Encoding needs no counterpart:
 * tor's output is standard padded base64 ({@link java.util.Base64}).
 */
public final class TorBase64 {
    private TorBase64() {
    }

    public static byte[] decode(CharSequence text) {
        byte[] out = new byte[text.length() * 3 / 4 + 2];
        int written = 0;
        int group = 0;
        int sextets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\r') {
                continue;
            }
            group = (group << 6) | valueOf(c, i);
            if (++sextets == 4) {
                out[written++] = (byte) (group >> 16);
                out[written++] = (byte) (group >> 8);
                out[written++] = (byte) group;
                sextets = 0;
            }
        }
        switch (sextets) {
            case 1 -> throw new IllegalArgumentException("base64 ends with a lone character (6 bits)");
            case 2 -> out[written++] = (byte) (group >> 4);
            case 3 -> {
                out[written++] = (byte) (group >> 10);
                out[written++] = (byte) (group >> 2);
            }
            default -> {
            }
        }
        return Arrays.copyOf(out, written);
    }

    private static int valueOf(char c, int index) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        throw new IllegalArgumentException("invalid base64 character '" + c + "' at index " + index);
    }
}
