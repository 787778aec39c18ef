package org.torconformance.control.circuits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces CIRC and STREAM event lines to their shape: IDs numbered by first appearance, paths to
 * their length, times, addresses, ports and epochs to placeholders. Two transcripts with equal
 * shapes have the same events, statuses, field names and orders.
 */
final class EventShapes {
    private static final Pattern PATH = Pattern.compile("\\$[0-9A-F]{40}(~[A-Za-z0-9]{1,19})?(,\\$[0-9A-F]{40}(~[A-Za-z0-9]{1,19})?)*");
    private static final Pattern CIRC = Pattern.compile("^(CIRC|CIRC_MINOR) (\\d+) ");
    private static final Pattern STREAM = Pattern.compile("^STREAM (\\d+) (\\S+) (\\d+) (\\S+)");
    private static final Pattern EXTENDED_REPLY = Pattern.compile("^250 EXTENDED (\\d+)$");

    private final Map<String, String> circuits = new LinkedHashMap<>();
    private final Map<String, String> streams = new LinkedHashMap<>();

    String shape(String line) {
        String s = line;
        Matcher m = EXTENDED_REPLY.matcher(s);
        if (m.find()) {
            return "250 EXTENDED " + circuit(m.group(1));
        }
        m = CIRC.matcher(s);
        if (m.find()) {
            s = m.group(1) + " " + circuit(m.group(2)) + " " + s.substring(m.end());
        }
        m = STREAM.matcher(s);
        if (m.find()) {
            String circ = m.group(3).equals("0") ? "0" : circuit(m.group(3));
            s = "STREAM " + stream(m.group(1)) + " " + m.group(2) + " " + circ + " TARGET" + s.substring(m.end());
        }
        m = PATH.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "PATH" + m.group().split(",").length);
        }
        m.appendTail(out);
        return out.toString()
                .replaceAll("TIME_CREATED=\\S+", "TIME_CREATED=T")
                .replaceAll("SOURCE_ADDR=\\S+", "SOURCE_ADDR=A")
                .replaceAll("NYM_EPOCH=\\d+", "NYM_EPOCH=N");
    }

    List<String> shapes(List<String> lines) {
        return lines.stream().map(this::shape).toList();
    }

    private String circuit(String id) {
        return circuits.computeIfAbsent(id, k -> "c" + (circuits.size() + 1));
    }

    private String stream(String id) {
        return streams.computeIfAbsent(id, k -> "s" + (streams.size() + 1));
    }
}
