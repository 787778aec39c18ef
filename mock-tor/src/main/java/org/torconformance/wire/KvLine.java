package org.torconformance.wire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tor's keyword-argument lines ({@code kvline_parse} / {@code kvline_encode}): space-separated
 * {@code K=V}, {@code K="V"}, and, where the flags allow, bare {@code K} or bare {@code V}.
 */
public final class KvLine {
    private KvLine() {
    }

    public enum Flag {
        /** Double-quoted values allowed, read as C strings. */
        QUOTED,
        /** Double-quoted values allowed, read as QuotedStrings (AUTHENTICATE-style). Parse only. */
        QUOTED_QSTRING,
        /** Values without keys allowed. */
        OMIT_KEYS,
        /** Keys without values allowed. */
        OMIT_VALS,
        /** Encode values as given, without quoting. Encode only. */
        RAW
    }

    /** One pair; an empty key means a bare value, an empty value with OMIT_VALS a bare key. */
    public record Entry(ByteString key, ByteString value) {
        public static Entry of(String key, String value) {
            return new Entry(ByteString.latin1(key), ByteString.latin1(value));
        }

        public boolean hasKey() {
            return !key.isEmpty();
        }
    }

    public static List<Entry> parse(ByteString line, Set<Flag> flags) {
        boolean omitKeys = flags.contains(Flag.OMIT_KEYS);
        boolean omitVals = flags.contains(Flag.OMIT_VALS);
        if (omitKeys && omitVals) {
            throw new IllegalArgumentException("OMIT_KEYS and OMIT_VALS are exclusive");
        }
        boolean quoted = flags.contains(Flag.QUOTED) || flags.contains(Flag.QUOTED_QSTRING);
        boolean cQuoted = flags.contains(Flag.QUOTED);
        int end = line.indexOf(0);
        if (end < 0) {
            end = line.length();
        }
        List<Entry> result = new ArrayList<>();
        int cp = 0;
        while (true) {
            while (cp < end && isKvSpace(line.at(cp))) {
                cp++;
            }
            if (cp >= end) {
                break;
            }
            ByteString key = null;
            ByteString value;
            if (line.at(cp) != '"') {
                int idx = cp;
                while (idx < end && !isKvSpace(line.at(idx)) && line.at(idx) != '=') {
                    idx++;
                }
                if (idx < end && line.at(idx) == '=') {
                    key = line.slice(cp, idx);
                    cp = idx + 1;
                } else if (omitVals) {
                    key = line.slice(cp, idx);
                    cp = idx;
                    result.add(new Entry(key, ByteString.EMPTY));
                    continue;
                } else if (!omitKeys) {
                    throw new WireFormatException("a value without a key is not allowed here", cp);
                }
            }
            if (cp < end && line.at(cp) == '"') {
                if (!quoted) {
                    throw new WireFormatException("quoted values are not allowed here", cp);
                }
                ByteString scope = line.slice(0, end);
                Decoded d = cQuoted ? CString.decodeStrict(scope, cp) : QuotedString.decode(scope, cp);
                if (d.value().contains(0)) {
                    throw new WireFormatException("quoted value decodes to a NUL byte", cp);
                }
                value = d.value();
                cp = d.end();
            } else {
                int idx = cp;
                while (idx < end && !isKvSpace(line.at(idx))) {
                    idx++;
                }
                value = line.slice(cp, idx);
                cp = idx;
            }
            if (key != null && key.isEmpty()) {
                throw new WireFormatException("empty key", cp);
            }
            result.add(new Entry(key == null ? ByteString.EMPTY : key, value));
        }
        if (!flags.contains(Flag.QUOTED_QSTRING) && !canEncode(result, flags)) {
            throw new WireFormatException("keyword arguments cannot be represented with these rules", 0);
        }
        return result;
    }

    public static ByteString encode(List<Entry> entries, Set<Flag> flags) {
        if (flags.contains(Flag.QUOTED_QSTRING)) {
            throw new IllegalArgumentException("QUOTED_QSTRING is a parse-only rule");
        }
        if (!canEncode(entries, flags)) {
            throw new IllegalArgumentException("entries cannot be encoded with " + flags + ": " + entries);
        }
        ByteStringBuilder out = new ByteStringBuilder();
        boolean first = true;
        for (Entry e : entries) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            boolean keyless = !e.hasKey();
            if (!keyless) {
                out.append(e.key());
            }
            if (flags.contains(Flag.OMIT_VALS) && e.value().isEmpty()) {
                continue;
            }
            if (!keyless) {
                out.append('=');
            }
            if (!flags.contains(Flag.RAW) && needsEscape(e.value(), keyless)) {
                out.append(EscForLog.escape(e.value()));
            } else {
                out.append(e.value());
            }
        }
        return out.build();
    }

    public static ByteString encode(List<Entry> entries, Flag... flags) {
        return encode(entries, flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags));
    }

    static boolean canEncode(List<Entry> entries, Set<Flag> flags) {
        for (Entry e : entries) {
            boolean keyless = !e.hasKey();
            if (keyless && !flags.contains(Flag.OMIT_KEYS)) {
                return false;
            }
            if (needsEscape(e.value(), keyless) && !flags.contains(Flag.QUOTED) && !flags.contains(Flag.RAW)) {
                return false;
            }
            if (!keyless && needsEscape(e.key(), true)) {
                return false;
            }
        }
        return true;
    }

    static boolean needsEscape(ByteString s, boolean asKeylessValue) {
        if (asKeylessValue && (s.isEmpty() || s.contains('='))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            int b = s.at(i);
            if (!Ascii.isPrint(b) || b == ' ' || b == '\'' || b == '"') {
                return true;
            }
        }
        return false;
    }

    private static boolean isKvSpace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == 0x0B || b == '\n';
    }
}
