package org.torconformance.wire;

/** The C-locale character classes tor uses ({@code TOR_ISSPACE} and friends), on unsigned bytes. */
public final class Ascii {
    private Ascii() {
    }

    static final int CR = '\r';
    static final int LF = '\n';
    static final int SP = ' ';

    /** TOR_ISSPACE: space, \t, \n, \v, \f, \r. */
    public static boolean isSpace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    public static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isOctalDigit(int b) {
        return b >= '0' && b <= '7';
    }

    static boolean isHexDigit(int b) {
        return hexValue(b) >= 0;
    }

    static int hexValue(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    static boolean isAlpha(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** TOR_ISPRINT restricted to 7-bit: 0x20..0x7E. */
    static boolean isPrint(int b) {
        return b >= 0x20 && b < 0x7F;
    }

    public static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
}
