package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * The escapes of scenario text: {@code \r \n \t \0 \xHH \\}; the repeat {@code \{N}}, which
 * repeats the byte before it until it occurs N times in a row ({@code a\{4}} is {@code aaaa}), so
 * that a 1 MiB line fits on one line of a file; and the credential slots {@code \(cookie)} and
 * {@code \(safecookie)} (see {@link Payload}). Non-ASCII characters are sent as their UTF-8 bytes.
 */
public final class Escapes {
    /** Runs at least this long are written with {@code \{N}}. */
    static final int RUN_THRESHOLD = 16;
    /** A guard against typos such as {@code \{10485760000}}. */
    static final int MAX_REPEAT = 16 * 1024 * 1024;

    private Escapes() {
    }

    /** Decodes text without slots; throws IllegalArgumentException naming the bad escape. */
    public static ByteString decode(String text) {
        Payload p = decodePayload(text);
        if (!p.slots().isEmpty()) {
            throw new IllegalArgumentException("\\(" + p.slots().get(0).name() + ") is not allowed here");
        }
        return p.bytes();
    }

    /** Decodes {@code text}; throws IllegalArgumentException naming the bad escape. */
    public static Payload decodePayload(String text) {
        ByteStringBuilder out = new ByteStringBuilder(text.length());
        List<Payload.Slot> slots = new ArrayList<>();
        int sinceSlot = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c != '\\') {
                appendCodePoint(out, c);
                i += Character.charCount(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("a lone backslash at the end; write \\\\ for a backslash");
            }
            char e = text.charAt(i + 1);
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append(0);
                case '\\' -> out.append('\\');
                case 'x' -> {
                    if (i + 4 > text.length() || hex(text.charAt(i + 2)) < 0 || hex(text.charAt(i + 3)) < 0) {
                        throw new IllegalArgumentException("\\x needs two hex digits at column " + (i + 1));
                    }
                    out.append(hex(text.charAt(i + 2)) * 16 + hex(text.charAt(i + 3)));
                    i += 2;
                }
                case '(' -> {
                    int close = text.indexOf(')', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("\\( needs a closing ) (column " + (i + 1) + ")");
                    }
                    slots.add(new Payload.Slot(out.length(), text.substring(i + 2, close)));
                    sinceSlot = out.length();
                    i = close - 1;
                }
                case '{' -> {
                    int close = text.indexOf('}', i + 2);
                    if (close < 0 || out.length() == sinceSlot) {
                        throw new IllegalArgumentException("\\{N} needs a byte before it and a closing } (column " + (i + 1) + ")");
                    }
                    int n = repeatCount(text.substring(i + 2, close));
                    int b = out.at(out.length() - 1);
                    for (int k = 1; k < n; k++) {
                        out.append(b);
                    }
                    i = close - 1;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " at column " + (i + 1)
                        + " (known: \\r \\n \\t \\0 \\xHH \\\\ \\{N} \\(cookie) \\(safecookie))");
            }
            i += 2;
        }
        return new Payload(out.build(), slots);
    }

    /** The canonical text for {@code payload}: its bytes encoded, with its slots in place. */
    public static String encode(Payload payload) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Payload.Slot s : payload.slots()) {
            out.append(encode(payload.bytes().slice(at, s.offset()))).append("\\(").append(s.name()).append(')');
            at = s.offset();
        }
        return out.append(encode(payload.bytes().slice(at))).toString();
    }

    /** The canonical text for {@code bytes}: printable ASCII as is, everything else escaped. */
    public static String encode(ByteString bytes) {
        StringBuilder out = new StringBuilder(bytes.length());
        int i = 0;
        while (i < bytes.length()) {
            int b = bytes.at(i);
            int run = 1;
            while (i + run < bytes.length() && bytes.at(i + run) == b) {
                run++;
            }
            if (run >= RUN_THRESHOLD) {
                out.append(one(b)).append("\\{").append(run).append('}');
                i += run;
            } else {
                out.append(one(b));
                i++;
            }
        }
        return out.toString();
    }

    static String one(int b) {
        return switch (b) {
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            case '\\' -> "\\\\";
            default -> b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b);
        };
    }

    private static void appendCodePoint(ByteStringBuilder out, int c) {
        if (c < 0x80) {
            out.append(c);
        } else {
            out.append(ByteString.utf8(new String(Character.toChars(c))));
        }
    }

    private static int repeatCount(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw new IllegalArgumentException("\\{N} needs a decimal count, got {" + digits + "}");
        }
        int n = Integer.parseInt(digits);
        if (n < 1 || n > MAX_REPEAT) {
            throw new IllegalArgumentException("\\{N} count must be 1.." + MAX_REPEAT + ", got " + n);
        }
        return n;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
