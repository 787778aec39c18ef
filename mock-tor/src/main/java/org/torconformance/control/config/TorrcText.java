package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;
import org.torconformance.wire.Decoded;
import org.torconformance.wire.WireFormatException;

/**
 * Torrc text as tor's {@code config_get_lines} reads it: {@code Key value} lines; blank lines and
 * {@code #} comments skipped; a value may be a C-quoted string (nothing but a comment may follow it)
 * or raw text to the end of the line, trailing whitespace dropped, a {@code #} starting a comment,
 * and a backslash before the newline continuing the value on the next line (comment lines inside
 * a continuation are dropped). A {@code +} or {@code /} before a key appends or clears.
 * {@code %include} lines are returned as they are, for {@link TorrcIncludes} to expand.
 */
public final class TorrcText {
    private final String text;
    private int pos;

    private TorrcText(String text) {
        this.text = text;
    }

    /** The lines, or empty when tor would refuse the text ("Invalid config file"). */
    public static Optional<List<OptionAssignment>> parse(String latin1) {
        TorrcText t = new TorrcText(latin1);
        List<OptionAssignment> out = new ArrayList<>();
        try {
            while (t.next(out)) {
                // one line per round
            }
        } catch (WireFormatException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private boolean next(List<OptionAssignment> out) {
        skipBlankAndComments();
        if (pos >= text.length()) {
            return false;
        }
        int keyStart = pos;
        while (pos < text.length() && !CNumbers.isSpace(at(pos)) && at(pos) != '#' && !continuationAt(pos)) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        while (pos < text.length() && (at(pos) == ' ' || at(pos) == '\t')) {
            pos++;
        }
        String value = pos < text.length() && at(pos) == '"' ? quotedValue() : rawValue();
        out.add(assignment(key, value));
        return true;
    }

    private static OptionAssignment assignment(String key, String value) {
        if (key.startsWith("+")) {
            return new OptionAssignment(key.substring(1), value, OptionAssignment.Command.APPEND);
        }
        if (key.startsWith("/")) {
            return new OptionAssignment(key.substring(1), "", OptionAssignment.Command.CLEAR);
        }
        return OptionAssignment.of(key, value);
    }

    private void skipBlankAndComments() {
        while (pos < text.length()) {
            if (CNumbers.isSpace(at(pos))) {
                pos++;
            } else if (at(pos) == '#') {
                while (pos < text.length() && at(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private String quotedValue() {
        Decoded d = CString.decodeStrict(ByteString.latin1(text), pos);
        pos = d.end();
        while (pos < text.length() && (at(pos) == ' ' || at(pos) == '\t')) {
            pos++;
        }
        if (pos + 1 < text.length() && at(pos) == '\r' && at(pos + 1) == '\n') {
            pos++;
        }
        if (pos < text.length() && at(pos) != '#' && at(pos) != '\n') {
            throw new WireFormatException("Excess data after quoted string", pos);
        }
        skipRestOfLine();
        return d.value().latin1();
    }

    private String rawValue() {
        int start = pos;
        boolean continuation = false;
        while (pos < text.length() && at(pos) != '\n' && (at(pos) != '#' || continuation)) {
            if (continuationAt(pos)) {
                continuation = true;
                pos += 2;
            } else if (at(pos) == '#') {
                while (pos < text.length() && at(pos) != '\n') {
                    pos++;
                }
                if (pos < text.length()) {
                    pos++;
                }
            } else {
                pos++;
            }
        }
        int end = pos;
        while (end > start && CNumbers.isSpace(at(end - 1))) {
            end--;
        }
        String value = text.substring(start, end);
        skipRestOfLine();
        return continuation ? joinContinuation(value) : value;
    }

    /** Drops the backslash-newline pairs and the comments between continued lines. */
    private static String joinContinuation(String v) {
        StringBuilder out = new StringBuilder(v.length());
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == '#') {
                while (i < v.length() && v.charAt(i) != '\n') {
                    i++;
                }
                if (i < v.length()) {
                    i++;
                }
            } else if (c == '\\' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void skipRestOfLine() {
        while (pos < text.length() && at(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            pos++;
        }
    }

    private boolean continuationAt(int i) {
        return at(i) == '\\' && i + 1 < text.length() && at(i + 1) == '\n';
    }

    private char at(int i) {
        return text.charAt(i);
    }
}
