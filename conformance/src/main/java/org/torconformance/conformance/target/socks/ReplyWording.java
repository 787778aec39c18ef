package org.torconformance.conformance.target.socks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a client words the SOCKS reply code it was given, so a case can check that the client passed on the
 * code the proxy sent: a number in its message (curl's "(5)"), or one fixed phrase per code (Java, torsocks).
 */
final class ReplyWording {
    private final List<Pattern> numbered;
    private final Map<String, Integer> phrases;

    private ReplyWording(List<Pattern> numbered, Map<String, Integer> phrases) {
        this.numbered = numbered;
        this.phrases = phrases;
    }

    /** Messages where the first group of one of these patterns is the code, in decimal. */
    static ReplyWording numbered(String... regexes) {
        return new ReplyWording(java.util.Arrays.stream(regexes).map(Pattern::compile).toList(), Map.of());
    }

    /** Adds fixed phrases: a message containing the phrase names the code. */
    ReplyWording withPhrases(Object... phraseThenCode) {
        Map<String, Integer> all = new LinkedHashMap<>(phrases);
        for (int i = 0; i + 1 < phraseThenCode.length; i += 2) {
            all.put((String) phraseThenCode[i], (Integer) phraseThenCode[i + 1]);
        }
        return new ReplyWording(numbered, all);
    }

    /** The reply code {@code error} names, if it names one this client's way. */
    OptionalInt codeIn(String error) {
        for (Pattern p : numbered) {
            Matcher m = p.matcher(error);
            if (m.find()) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        for (Map.Entry<String, Integer> phrase : phrases.entrySet()) {
            if (error.contains(phrase.getKey())) {
                return OptionalInt.of(phrase.getValue());
            }
        }
        return OptionalInt.empty();
    }
}
