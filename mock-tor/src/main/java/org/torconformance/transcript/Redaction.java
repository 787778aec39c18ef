package org.torconformance.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/**
 * Keeps secrets out of recorded transcripts. A command that carries one (AUTHENTICATE's cookie or
 * password, AUTHCHALLENGE's nonce, a HashedControlPassword value, an ADD_ONION or
 * ONION_CLIENT_AUTH_ADD private key) is written as a {@code re:} pattern with the secret left out
 * and {@code ! model}, so that on replay the mock's model answers it with the mock's own cookie and
 * keys. So is a command whose reply carries one (ADD_ONION's PrivateKey, ONION_CLIENT_AUTH_VIEW's
 * keys, AUTHCHALLENGE's hashes), and PROTOCOLINFO, whose COOKIEFILE names the recording machine's
 * file. HashedControlPassword values in other replies and events are {@code [scrubbed]}.
 */
final class Redaction {
    private Redaction() {
    }

    /** How the recorder writes one command; {@code modelled} commands' replies are not recorded. */
    record Treatment(Step.CommandPattern pattern, boolean modelled) {
    }

    static final String SCRUBBED = "[scrubbed]";

    /** A hashed password after {@code Name=} (any value) or after {@code Name } in a torrc line (hash-shaped values). */
    private static final Pattern PASSWORD = Pattern.compile(
            "(?i)(?:__)?HashedControl(?:Session)?Password(?:=(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s\"]+)|[ \\t]+(16:\\S+|[A-Za-z0-9+/]{38,}=*))");

    static Treatment of(Command c) {
        ByteString line = TranscriptPlayer.lineOf(c);
        String keyword = c.keyword().latin1().toUpperCase(Locale.ROOT);
        String text = line.latin1();
        return switch (keyword) {
            case "PROTOCOLINFO", "ONION_CLIENT_AUTH_VIEW" -> modelled(line);
            case "AUTHENTICATE" -> c.arguments().isEmpty() ? verbatim(line) : hiding(text, afterWord(text, c, 0));
            case "AUTHCHALLENGE" -> hiding(text, afterWord(text, c, 1));
            case "ADD_ONION" -> hiding(text, addOnionKey(text, c));
            case "ONION_CLIENT_AUTH_ADD" -> hiding(text, afterColonOfWord(text, c, 1));
            case "SETCONF", "RESETCONF", "+LOADCONF" -> {
                List<int[]> spans = passwordSpans(text);
                yield spans.isEmpty() ? verbatim(line) : hiding(text, spans);
            }
            default -> verbatim(line);
        };
    }

    /** Replaces every HashedControlPassword value in what tor sent with {@value #SCRUBBED}. */
    static ByteString scrub(ByteString fromTor) {
        String text = fromTor.latin1();
        List<int[]> spans = passwordSpans(text);
        if (spans.isEmpty()) {
            return fromTor;
        }
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            sb.append(text, at, s[0]).append(SCRUBBED);
            at = s[1];
        }
        return ByteString.latin1(sb.append(text.substring(at)).toString());
    }

    private static Treatment verbatim(ByteString line) {
        return new Treatment(new Step.CommandPattern.Exact(line), false);
    }

    private static Treatment modelled(ByteString line) {
        return new Treatment(new Step.CommandPattern.Exact(line), true);
    }

    /** A pattern matching {@code text} with any text in each span; the rest must match exactly. */
    private static Treatment hiding(String text, List<int[]> spans) {
        if (spans.isEmpty()) {
            return modelled(ByteString.latin1(text));
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            regex.append(literal(text.substring(at, s[0]))).append(".*?");
            at = s[1];
        }
        regex.append(literal(text.substring(at)));
        return new Treatment(new Step.CommandPattern.Regex(Pattern.compile(regex.toString(), Pattern.DOTALL)), true);
    }

    /** Everything from argument word {@code word} (0 is the first) to the end. */
    private static List<int[]> afterWord(String text, Command c, int word) {
        int start = wordStart(text, c, word);
        return start < 0 ? List.of() : List.of(new int[] {start, text.length()});
    }

    /** The key blob of {@code ADD_ONION KeyType:KeyBlob ...}, unless tor is asked for a NEW key. */
    private static List<int[]> addOnionKey(String text, Command c) {
        int start = wordStart(text, c, 0);
        if (start < 0 || text.startsWith("NEW:", start)) {
            return List.of();
        }
        return afterColon(text, start);
    }

    private static List<int[]> afterColonOfWord(String text, Command c, int word) {
        int start = wordStart(text, c, word);
        return start < 0 ? List.of() : afterColon(text, start);
    }

    private static List<int[]> afterColon(String text, int wordStart) {
        int end = wordEnd(text, wordStart);
        int colon = text.indexOf(':', wordStart);
        return colon < 0 || colon >= end ? List.of(new int[] {wordStart, end}) : List.of(new int[] {colon + 1, end});
    }

    /** Where argument word {@code n} (0-based, space-separated) starts in {@code text}, or -1. */
    private static int wordStart(String text, Command c, int n) {
        int i = c.keyword().length() + 1; // lineOf puts one space between the keyword and the arguments
        int lineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        for (int w = 0; w <= n; w++) {
            while (i < lineEnd && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= lineEnd) {
                return -1;
            }
            if (w < n) {
                i = wordEnd(text, i);
            }
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    private static List<int[]> passwordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PASSWORD.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            spans.add(new int[] {m.start(g), m.end(g)});
        }
        return spans;
    }

    /** {@code s} as regex text that matches it literally, on one line, readable. */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(ch) >= 0) {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || ch >= 0x7F) {
                sb.append(String.format("\\x%02x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
