package org.torconformance.cli.dropin;

import static org.torconformance.wire.Ascii.isSpace;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;
import org.torconformance.wire.WireFormatException;

/**
 * Tor's torrc syntax (torrc_format.txt, {@code parse_config_line_from_str_verbose}): a key, blanks,
 * and a value up to the end of the line; {@code #} starts a comment; a backslash before the newline
 * continues the value on the next line, where whole comment lines are skipped; a value starting
 * with {@code "} is a C string and must be followed only by blanks or a comment. Pure: text in,
 * lines out.
 */
public final class TorrcParser {
    private final String s;
    private int i;

    private TorrcParser(String text) {
        this.s = text;
    }

    /** @throws TorConfigException with tor's "Error while parsing configuration" reason */
    public static List<ConfigLine> parse(String text) throws TorConfigException {
        return new TorrcParser(text).lines();
    }

    private List<ConfigLine> lines() throws TorConfigException {
        List<ConfigLine> out = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (i >= s.length()) {
                return out;
            }
            String key = key();
            skipHorizontalSpace();
            String value = i < s.length() && s.charAt(i) == '"' ? quotedValue() : plainValue();
            if (i < s.length() && s.charAt(i) == '#') {
                skipToEndOfLine();
            }
            out.add(ConfigLine.of(key, value));
        }
    }

    private void skipBlanksAndComments() {
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                i++;
            } else if (s.charAt(i) == '#') {
                skipToEndOfLine();
            } else {
                return;
            }
        }
    }

    private String key() {
        int start = i;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != '#' && !continuationAt(i)) {
            i++;
        }
        return s.substring(start, i);
    }

    private String quotedValue() throws TorConfigException {
        ByteString rest = ByteString.utf8(s.substring(i));
        int end;
        ByteString value;
        try {
            var decoded = CString.decodeStrict(rest, 0);
            value = decoded.value();
            end = decoded.end();
        } catch (WireFormatException e) {
            throw parseError("Invalid escape sequence in quoted string");
        }
        i += rest.slice(0, end).utf8().length();
        skipHorizontalSpace();
        if (s.startsWith("\r\n", i)) {
            i++;
        }
        if (i < s.length() && s.charAt(i) != '#' && s.charAt(i) != '\n') {
            throw parseError("Excess data after quoted string");
        }
        return value.utf8();
    }

    private String plainValue() {
        int start = i;
        boolean continued = false;
        while (i < s.length() && s.charAt(i) != '\n' && (s.charAt(i) != '#' || continued)) {
            if (continuationAt(i)) {
                continued = true;
                i += 2;
            } else if (s.charAt(i) == '#') {
                skipToEndOfLine();
                if (i < s.length()) {
                    i++;
                }
            } else {
                i++;
            }
        }
        int end = i;
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        String raw = s.substring(start, end);
        return continued ? joinContinuedLines(raw) : raw;
    }

    /** Drops the backslash-newline pairs and the comment lines inside a continued value. */
    private static String joinContinuedLines(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); ) {
            char c = raw.charAt(k);
            if (c == '#') {
                int nl = raw.indexOf('\n', k);
                k = nl < 0 ? raw.length() : nl + 1;
            } else if (c == '\\' && k + 1 < raw.length() && raw.charAt(k + 1) == '\n') {
                k += 2;
            } else {
                out.append(c);
                k++;
            }
        }
        return out.toString();
    }

    private boolean continuationAt(int at) {
        return s.charAt(at) == '\\' && at + 1 < s.length() && s.charAt(at + 1) == '\n';
    }

    private void skipHorizontalSpace() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
    }

    private void skipToEndOfLine() {
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
    }


    private static TorConfigException parseError(String reason) {
        return new TorConfigException("Error while parsing configuration: " + reason);
    }
}
