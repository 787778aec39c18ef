package org.torconformance.wire.event;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.CString;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.WireFormatException;

/**
 * One space-separated token of an event line after its fixed fields: a positional word, or a
 * {@code KEY=VALUE} argument. Values are kept as they were on the wire ({@code raw}), so writing an
 * event back gives the same bytes; {@link Keyword#value()} decodes quoted values.
 */
public sealed interface EventArg {
    ByteString raw();

    void encode(ByteStringBuilder out);

    record Positional(ByteString raw) implements EventArg {
        public static Positional of(String latin1) {
            return new Positional(ByteString.latin1(latin1));
        }

        @Override
        public void encode(ByteStringBuilder out) {
            out.append(raw);
        }

        @Override
        public String toString() {
            return raw.toString();
        }
    }

    /** {@code rawValue} is the value's bytes on the wire, quotes included when quoted. */
    record Keyword(ByteString key, ByteString rawValue) implements EventArg {
        public static Keyword bare(String key, String value) {
            return new Keyword(ByteString.latin1(key), ByteString.latin1(value));
        }

        /** Quoted the way tor quotes: {@code esc_for_log}. */
        public static Keyword quoted(String key, ByteString value) {
            return new Keyword(ByteString.latin1(key), EscForLog.escape(value));
        }

        public boolean isQuoted() {
            return rawValue.length() >= 2 && rawValue.at(0) == '"' && rawValue.at(rawValue.length() - 1) == '"';
        }

        /**
         * The value with one level of quoting removed (C-string escapes decoded); a value that is
         * not one well-formed quoted string (tor's double-quoting bug: {@code ""\006\001""}) is
         * returned as it was on the wire.
         */
        public ByteString value() {
            if (!isQuoted()) {
                return rawValue;
            }
            try {
                return CString.decodeLenient(rawValue);
            } catch (WireFormatException e) {
                return rawValue;
            }
        }

        public String keyString() {
            return key.latin1();
        }

        @Override
        public ByteString raw() {
            return ByteString.concat(key, ByteString.latin1("="), rawValue);
        }

        @Override
        public void encode(ByteStringBuilder out) {
            out.append(key).append('=').append(rawValue);
        }

        @Override
        public String toString() {
            return raw().toString();
        }
    }

    /** A token is a keyword argument when it starts with {@code [A-Za-z_][A-Za-z0-9_]*=}. */
    static EventArg classify(ByteString token) {
        int eq = token.indexOf('=');
        if (eq > 0 && isKeywordName(token, eq)) {
            return new Keyword(token.slice(0, eq), token.slice(eq + 1));
        }
        return new Positional(token);
    }

    private static boolean isKeywordName(ByteString token, int end) {
        int c0 = token.at(0);
        if (!(Character.isLetter(c0) && c0 < 128) && c0 != '_') {
            return false;
        }
        for (int i = 1; i < end; i++) {
            int c = token.at(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
