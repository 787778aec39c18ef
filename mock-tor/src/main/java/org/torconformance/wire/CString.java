package org.torconformance.wire;

/**
 * C-style quoted strings: the form tor really writes where the spec says QuotedString (spec
 * §2.1.1, tor bug #14555), and the form SETCONF/RESETCONF values are read in.
 */
public final class CString {
    private CString() {
    }

    /**
     * Tor's strict input decoder ({@code unescape_string}), used for SETCONF/RESETCONF values:
     * {@code \n \r \t \\ \" \' \?}, {@code \xHH}, one to three octal digits (at most 255); any other
     * escape, a raw LF or a NUL is an error. Starts at the opening quote.
     */
    public static Decoded decodeStrict(ByteString s, int from) {
        if (from >= s.length() || s.at(from) != '"') {
            throw new WireFormatException("quoted value must start with a double quote", from);
        }
        ByteStringBuilder out = new ByteStringBuilder(s.length() - from);
        int i = from + 1;
        while (true) {
            if (i >= s.length()) {
                throw new WireFormatException("unterminated quoted value", i);
            }
            int b = s.at(i);
            if (b == 0 || b == '\n') {
                throw new WireFormatException("NUL or LF inside quoted value", i);
            }
            if (b == '"') {
                return new Decoded(out.build(), i + 1);
            }
            if (b != '\\') {
                out.append(b);
                i++;
                continue;
            }
            int e = i + 1 < s.length() ? s.at(i + 1) : -1;
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\', '"', '\'', '?' -> out.append(e);
                case 'x', 'X' -> {
                    int h1 = i + 2 < s.length() ? Ascii.hexValue(s.at(i + 2)) : -1;
                    int h2 = i + 3 < s.length() ? Ascii.hexValue(s.at(i + 3)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw new WireFormatException("\\x needs two hex digits", i);
                    }
                    out.append(h1 << 4 | h2);
                    i += 4;
                    continue;
                }
                default -> {
                    if (e >= 0 && Ascii.isOctalDigit(e)) {
                        int n = 0;
                        int j = i + 1;
                        while (j < s.length() && j < i + 4 && Ascii.isOctalDigit(s.at(j))) {
                            n = n * 8 + s.at(j) - '0';
                            j++;
                        }
                        if (n > 255) {
                            throw new WireFormatException("octal escape above 255", i);
                        }
                        out.append(n);
                        i = j;
                        continue;
                    }
                    throw new WireFormatException("unknown escape \\" + (e < 0 ? "" : (char) e), i);
                }
            }
            i += 2;
        }
    }

    /**
     * The lenient reading the spec recommends for what tor writes: {@code \n \t \r} and octal
     * {@code \0}..{@code \377} are C escapes, {@code \X} is X for any other X. Never fails on a
     * terminated string; {@code s} starts at the opening quote.
     */
    public static Decoded decodeLenient(ByteString s, int from) {
        if (from >= s.length() || s.at(from) != '"') {
            throw new WireFormatException("quoted value must start with a double quote", from);
        }
        ByteStringBuilder out = new ByteStringBuilder(s.length() - from);
        int i = from + 1;
        while (i < s.length()) {
            int b = s.at(i);
            if (b == '"') {
                return new Decoded(out.build(), i + 1);
            }
            if (b != '\\' || i + 1 >= s.length()) {
                out.append(b);
                i++;
                continue;
            }
            int e = s.at(i + 1);
            if (Ascii.isOctalDigit(e)) {
                int n = 0;
                int j = i + 1;
                while (j < s.length() && j < i + 4 && Ascii.isOctalDigit(s.at(j)) && n * 8 + s.at(j) - '0' <= 255) {
                    n = n * 8 + s.at(j) - '0';
                    j++;
                }
                out.append(n);
                i = j;
                continue;
            }
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> e;
            });
            i += 2;
        }
        throw new WireFormatException("unterminated quoted value", i);
    }

    /** Decodes a whole token that is one quoted string; anything after the closing quote is an error. */
    public static ByteString decodeLenient(ByteString quoted) {
        Decoded d = decodeLenient(quoted, 0);
        if (d.end() != quoted.length()) {
            throw new WireFormatException("text after closing quote", d.end());
        }
        return d.value();
    }
}
