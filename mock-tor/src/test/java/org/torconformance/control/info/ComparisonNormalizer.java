package org.torconformance.control.info;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what must differ between two processes started side by side, and nothing else: each
 * target's own port, pid and data directory, times near now, ages and counters that depend on
 * timing or on the harness's own connections.
 */
public final class ComparisonNormalizer {
    private static final Pattern NEAR_TIME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)([ T])(\\d\\d:\\d\\d:\\d\\d)");
    private static final Duration WINDOW = Duration.ofDays(2);

    /** What is particular to one target. */
    public record Facts(int controlPort, long pid, String dataDirectory) {
    }

    private ComparisonNormalizer() {
    }

    public static String normalize(String text, Facts facts, Instant now) {
        String t = text.replace(facts.dataDirectory(), "<DATADIR>");
        t = t.replaceAll("127\\.0\\.0\\.1:" + facts.controlPort() + "(?![0-9])", "127.0.0.1:<PORT>");
        t = t.replaceAll("(process/pid=)" + facts.pid() + "(?=\r)", "$1<PID>");
        t = t.replaceAll("(uptime=)\\d+(?=\r)", "$1<UPTIME>");
        t = t.replaceAll("\\(socket \\d+\\)", "(socket <FD>)");
        t = t.replaceAll("from 127\\.0\\.0\\.1:\\d+", "from 127.0.0.1:<CLIENT>");
        t = t.replaceAll("(created|last read|last written) \\d+ secs ago", "$1 <N> secs ago");
        t = t.replaceAll("(Average bandwidth: \\d+)/\\d+ = ", "$1/<ELAPSED> = ");
        t = t.replaceAll("I've received \\d+ connections on IPv4", "I've received <N> connections on IPv4");
        t = t.replaceAll("delaying by \\d+ second", "delaying by <N> second");
        return nearTimes(t, now);
    }

    private static String nearTimes(String text, Instant now) {
        Matcher m = NEAR_TIME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Instant at = LocalDateTime.parse(m.group(1) + "T" + m.group(3), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .toInstant(ZoneOffset.UTC);
            boolean near = Duration.between(at, now).abs().compareTo(WINDOW) < 0;
            m.appendReplacement(out, Matcher.quoteReplacement(near ? "<TIME>" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
