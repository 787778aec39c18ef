package org.torconformance.fidelity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a target makes up and tells the controller, learned from the reply that announces them
 * and replaced by numbered placeholders wherever they appear afterwards (see {@link LearnedValues}).
 * A value counts as made up only if the controller did not send it: an onion service added with a
 * given key has a fixed ServiceID, which must match literally.
 */
final class GeneratedValues {
    private static final Pattern SERVICE_ID = Regex.lines("^250-ServiceID=([a-z2-7]{56})\r$");
    private static final Pattern PRIVATE_KEY = Regex.lines("^250-PrivateKey=([A-Za-z0-9-]+:[A-Za-z0-9+/=]+)\r$");
    private static final Pattern MAPADDRESS_SENT = Pattern.compile("(?i)(?:^|\n)MAPADDRESS[ \t]");
    private static final Pattern MAPPING_LINE = Regex.lines("^\\d{3}[- ]([^=\\s]+)=");
    private static final Pattern VIRTUAL_ADDRESS =
            Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[[0-9A-Fa-f:]+\\]|[a-z2-7]{16}\\.virtual");

    private GeneratedValues() {
    }

    /** ADD_ONION's {@code ServiceID=} and {@code PrivateKey=}, when tor generated the key. */
    static String onionServices(String text, RuleInput in) {
        learn(SERVICE_ID, text, in, "SERVICEID");
        learn(PRIVATE_KEY, text, in, "PRIVATEKEY");
        return replaceLearned(text, in.learned(), "SERVICEID", "PRIVATEKEY");
    }

    /** The address MAPADDRESS picked for {@code 0.0.0.0=}, {@code ::=} or {@code .=}. */
    static String virtualAddresses(String text, RuleInput in) {
        if (MAPADDRESS_SENT.matcher(in.sent()).find()) {
            Matcher m = MAPPING_LINE.matcher(text);
            while (m.find()) {
                String address = m.group(1);
                if (VIRTUAL_ADDRESS.matcher(address).matches() && !sent(address, in)) {
                    in.learned().learn("VIRTUAL", address);
                }
            }
        }
        return replaceLearned(text, in.learned(), "VIRTUAL");
    }

    private static void learn(Pattern p, String text, RuleInput in, String kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!sent(m.group(1), in)) {
                in.learned().learn(kind, m.group(1));
            }
        }
    }

    private static boolean sent(String value, RuleInput in) {
        return in.sentSoFar().toString().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
    }

    /** Replaces learned values of the given kinds where they stand alone (not inside a longer token). */
    private static String replaceLearned(String text, LearnedValues learned, String... kinds) {
        String out = text;
        for (Map.Entry<String, String> e : learned.entries()) {
            if (hasKind(e.getValue(), kinds)) {
                Pattern token = Pattern.compile("(?<![\\w.:\\[])" + Pattern.quote(e.getKey()) + "(?![\\w.:\\]])");
                out = Regex.replace(token, out, m -> e.getValue());
            }
        }
        return out;
    }

    private static boolean hasKind(String placeholder, String... kinds) {
        for (String k : kinds) {
            if (placeholder.startsWith("<" + k + "#")) {
                return true;
            }
        }
        return false;
    }
}
