package org.torconformance.crypto;

/**
 * RFC 4648 base32 as tor uses it for onion addresses and client-auth keys: lowercase output
 * without padding; decoding accepts either case.
 */
public final class Base32 {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private Base32() {
    }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >> bits) & 0x1F));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return out.toString();
    }

    /**
     * Decodes {@code floor(length * 5 / 8)} bytes. Like tor's {@code base32_decode}, bits left over
     * after the last whole byte are ignored rather than required to be zero, and padding
     * ({@code =}) is rejected like any other character outside the alphabet.
     */
    public static byte[] decode(CharSequence text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (int i = 0; i < text.length(); i++) {
            buffer = (buffer << 5) | valueOf(text.charAt(i), i);
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[written++] = (byte) (buffer >> bits);
            }
        }
        return out;
    }

    private static int valueOf(char c, int index) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        throw new IllegalArgumentException("invalid base32 character '" + c + "' at index " + index);
    }
}
