package org.torconformance.fidelity;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regular expressions over Latin-1 response text, where only LF ends a line. */
final class Regex {
    private Regex() {
    }

    /** MULTILINE with UNIX_LINES: {@code ^} and {@code $} see LF only, never a lone CR or byte 0x85. */
    static Pattern lines(String regex) {
        return Pattern.compile(regex, Pattern.MULTILINE | Pattern.UNIX_LINES);
    }

    static String replace(Pattern p, String text, Function<MatchResult, String> replacement) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.toMatchResult())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
