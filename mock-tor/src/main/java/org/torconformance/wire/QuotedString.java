package org.torconformance.wire;

/**
 * The control spec's true QuotedString, as tor decodes it for AUTHENTICATE and the AUTHCHALLENGE
 * nonce ({@code decode_qstring}): {@code \X} means X for every X, nothing else is special.
 */
public final class QuotedString {
    private QuotedString() {
    }

    /** Decodes the QuotedString that starts at {@code from} (which must hold a double quote). */
    public static Decoded decode(ByteString s, int from) {
        if (from >= s.length() || s.at(from) != '"') {
            throw new WireFormatException("QuotedString must start with a double quote", from);
        }
        ByteStringBuilder out = new ByteStringBuilder(s.length() - from);
        int i = from + 1;
        while (true) {
            if (i >= s.length()) {
                throw new WireFormatException("unterminated QuotedString", i);
            }
            int b = s.at(i);
            if (b == '\\') {
                if (i + 1 >= s.length()) {
                    throw new WireFormatException("backslash at end of QuotedString", i);
                }
                out.append(s.at(i + 1));
                i += 2;
            } else if (b == '"') {
                return new Decoded(out.build(), i + 1);
            } else {
                out.append(b);
                i++;
            }
        }
    }

    /** Escapes only backslash and double quote, so any decoder (QuotedString or CString) reads it back. */
    public static ByteString encode(ByteString value) {
        ByteStringBuilder out = new ByteStringBuilder(value.length() + 2);
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            int b = value.at(i);
            if (b == '\\' || b == '"') {
                out.append('\\');
            }
            out.append(b);
        }
        return out.append('"').build();
    }
}
