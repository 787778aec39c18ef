package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a live tor's and the mock's answers comparable: client ports, times and random virtual
 * addresses become placeholders, stream IDs are numbered by first appearance (the two count
 * connections differently: LiveTor probes its control port), and the rows of an
 * address-mappings block are sorted (tor lists its hash table in no fixed order).
 */
final class Normalizer {
    private static final Pattern STREAM_ID = Pattern.compile("(STREAM |STREAMID=|Unknown stream \")(\\d+)"
            + "|(\n|stream-status=)(\\d+)(?= (NEW|NEWRESOLVE|SENTCONNECT|SENTRESOLVE|SUCCEEDED) )");
    private final Map<String, String> streams = new HashMap<>();

    String normalize(String response) {
        String s = response
                .replaceAll("SOURCE_ADDR=127\\.0\\.0\\.1:\\d+", "SOURCE_ADDR=127.0.0.1:PORT")
                .replaceAll("\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\"", "\"TIME\"")
                .replaceAll("127\\.(19[2-9]|2[0-5]\\d)\\.\\d{1,3}\\.\\d{1,3}(?=[= ])", "VIRTUAL4")
                .replaceAll("\\[fe[89ab][0-9a-f]{0,2}:[0-9a-f:]+\\]", "[VIRTUAL6]")
                .replaceAll("[a-z2-7]{16}\\.virtual", "VIRTUAL.virtual");
        Matcher m = STREAM_ID.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String prefix = m.group(1) != null ? m.group(1) : m.group(3);
            String number = m.group(1) != null ? m.group(2) : m.group(4);
            String id = streams.computeIfAbsent(number, k -> "S" + (streams.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(prefix + id));
        }
        m.appendTail(out);
        return sortAddressMappings(out.toString());
    }

    private static String sortAddressMappings(String s) {
        int start = s.indexOf("+address-mappings/");
        if (start < 0) {
            return s;
        }
        int body = s.indexOf("\r\n", start) + 2;
        int end = s.indexOf("\r\n.\r\n", body);
        List<String> rows = new ArrayList<>(List.of(s.substring(body, end).split("\r\n")));
        rows.sort(null);
        return s.substring(0, body) + String.join("\r\n", rows) + sortAddressMappings(s.substring(end));
    }
}
