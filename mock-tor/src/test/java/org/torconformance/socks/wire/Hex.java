package org.torconformance.socks.wire;

import java.util.HexFormat;

/** Test helper: bytes written as hex, with optional spaces for readability ({@code "05 01 00"}). */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static byte[] bytes(String text) {
        return HEX.parseHex(text.replace(" ", ""));
    }

    public static String of(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String compact(String spacedHex) {
        return spacedHex.replace(" ", "");
    }
}
