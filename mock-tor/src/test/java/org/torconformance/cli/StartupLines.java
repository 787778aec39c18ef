package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tor's console lines reduced to what the drop-in promises to match: {@code [severity] message},
 * with the timestamp checked for tor's shape and dropped, ports and the run's directory replaced by
 * placeholders, and the lines about work the mock does not do (GeoIP files, TLS groups, running as
 * root) left out.
 */
final class StartupLines {
    private static final Pattern LINE = Pattern.compile(
            "[A-Z][a-z]{2} [0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3} \\[(debug|info|notice|warn|err)\\] (.*)");
    private static final Set<String> NOT_MODELLED_PREFIXES = Set.of("Parsing GEOIP ", "Set list of supported TLS groups",
            "You are running Tor as root.");

    private StartupLines() {
    }

    static List<String> normalize(List<String> lines, Path dir) {
        return lines.stream()
                .map(l -> {
                    if (l.equals("Configuration was valid")) {
                        return l;
                    }
                    var m = LINE.matcher(l);
                    assertTrue(m.matches(), "not a tor log line: " + l);
                    return "[" + m.group(1) + "] " + m.group(2);
                })
                .filter(l -> NOT_MODELLED_PREFIXES.stream().noneMatch(p -> l.substring(l.indexOf("] ") + 1).strip().startsWith(p)))
                .map(l -> l.replace(dir.toString(), "$DIR")
                        .replaceAll("127\\.0\\.0\\.1:[1-9][0-9]*", "127.0.0.1:PORT")
                        .replaceAll("listening on port [0-9]+\\.", "listening on port PORT."))
                .toList();
    }
}
