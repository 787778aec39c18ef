package org.torconformance.socks.wire;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Small helpers for the byte arrays carried by the SOCKS values. */
final class Bytes {
    private static final HexFormat HEX = HexFormat.of();

    private Bytes() {
    }

    static byte[] copy(byte[] bytes) {
        return bytes.clone();
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Tor keeps addresses in C strings; one char per byte keeps every byte value intact. */
    static String latin1(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] latin1(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static int u8(byte b) {
        return b & 0xff;
    }
}
