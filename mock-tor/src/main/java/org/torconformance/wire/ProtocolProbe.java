package org.torconformance.wire;

/**
 * What tor checks an unauthenticated control connection's buffered input for, each time bytes
 * arrive, before reading commands: the obsolete binary v0 protocol (the big-endian uint16 at
 * offset 2 is at most 0x14) and an HTTP request ({@code CONNECT }, {@code DELETE }, {@code GET },
 * {@code POST }, {@code PUT }, case-sensitive).
 */
public final class ProtocolProbe {
    private ProtocolProbe() {
    }

    public enum Kind { CONTROL, V0, HTTP }

    private static final String[] HTTP_METHODS = {"CONNECT ", "DELETE ", "GET ", "POST ", "PUT "};

    public static Kind classify(byte[] buf, int off, int len) {
        if (len >= 4 && (((buf[off + 2] & 0xFF) << 8) | (buf[off + 3] & 0xFF)) <= 0x14) {
            return Kind.V0;
        }
        for (String m : HTTP_METHODS) {
            if (startsWith(buf, off, len, m)) {
                return Kind.HTTP;
            }
        }
        return Kind.CONTROL;
    }

    private static boolean startsWith(byte[] buf, int off, int len, String prefix) {
        if (len < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (buf[off + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
