package org.torconformance.gen;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * Byte values with the control protocol's edge cases weighted up: leading dots, lone {@code .} and
 * {@code ..} lines, empty and leading-LF values, lone CRs, very long lines, quotes, backslashes,
 * octal-looking escapes, non-ASCII bytes, {@code =} inside values.
 */
public final class WireValues {
    private WireValues() {
    }

    private static final List<String> DATA_PIECES = List.of(
            "a", "line", " ", ".", "..", "...", "\n", "\n.", ".\n", "\n..\n", "\r", "\r\n", "\"", "\\", "\\n",
            "\\006", "=", "k=v", "\u00e9", "\u00ff", "\u0080", "\t", "250 OK", "650 BW 0 0", "\u0000");

    /** A data-block value (may hold LF). */
    public static Generator<ByteString> dataValue() {
        return c -> {
            if (c.chance(8)) {
                c.note("data:empty");
                return ByteString.EMPTY;
            }
            ByteStringBuilder out = new ByteStringBuilder();
            if (c.chance(10)) {
                c.note("data:leading-LF");
                out.append('\n');
            }
            int pieces = c.between(1, 12);
            for (int i = 0; i < pieces; i++) {
                if (c.chance(3)) {
                    c.note("data:long-line");
                    appendRepeated(out, 'x', c.between(1_000, 20_000));
                    continue;
                }
                out.append(c.pick(DATA_PIECES));
            }
            ByteString v = out.build();
            noteDataShape(c, v);
            return v;
        };
    }

    private static void noteDataShape(Choices c, ByteString v) {
        boolean lineStart = true;
        for (int i = 0; i < v.length(); i++) {
            int b = v.at(i);
            if (lineStart && b == '.') {
                c.note("data:line-starts-with-dot");
                boolean lone = i + 1 == v.length() || v.at(i + 1) == '\n';
                if (lone) {
                    c.note("data:lone-dot-line");
                }
            }
            if (b == '\r' && (i + 1 == v.length() || v.at(i + 1) != '\n')) {
                c.note("data:lone-CR");
            }
            if (b >= 0x80) {
                c.note("data:non-ASCII");
            }
            lineStart = b == '\n';
        }
    }

    private static final List<String> TEXT_PIECES = List.of(
            "OK", "a", " ", "key=value", "=", "\"", "\\", "'", "\r", "\u00e9", "\u00ff", "\t", "\u0000",
            "Unrecognized key \"", "250", "650 ", "+", "-", ".", "..");

    /** Text of one reply line: anything but LF. */
    public static Generator<ByteString> lineText() {
        return c -> {
            ByteStringBuilder out = new ByteStringBuilder();
            int pieces = c.between(0, 8);
            for (int i = 0; i < pieces; i++) {
                if (c.chance(2)) {
                    c.note("text:very-long-line");
                    appendRepeated(out, 'y', c.between(10_000, 100_000));
                    continue;
                }
                String p = c.pick(TEXT_PIECES);
                if (p.equals("\r")) {
                    c.note("text:lone-CR");
                }
                out.append(p);
            }
            return out.build();
        };
    }

    /** Bytes for quoted values: anything at all, with quote, backslash and control bytes weighted up. */
    public static Generator<ByteString> anyBytes(int maxPieces) {
        List<String> pieces = List.of("a", "s3cr\"t", "\\", "\"", "'", " ", "\n", "\r", "\t", "\u0001", "\u007f",
                "\u0080", "\u00ff", "\u00e9", "=", "\\006", "\u0000");
        return c -> {
            ByteStringBuilder out = new ByteStringBuilder();
            int n = c.between(0, maxPieces);
            for (int i = 0; i < n; i++) {
                out.append(c.pick(pieces));
            }
            return out.build();
        };
    }

    /** One word without spaces, quotes or LF, that does not look like {@code KEY=}. */
    public static Generator<String> word() {
        List<String> words = List.of("1", "BUILT", "example.com:80", "$0123456789ABCDEF0123456789ABCDEF01234567~nick",
                "127.0.0.1:9050", "0", "a,b,c", "(Tor_internal)", "2001:db8::1:0", "-4", "x.test:443", "[::1]");
        return c -> c.pick(words);
    }

    static void appendRepeated(ByteStringBuilder out, int b, int n) {
        for (int i = 0; i < n; i++) {
            out.append(b);
        }
    }
}
