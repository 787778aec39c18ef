package org.torconformance.livetor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a torrc with network enabled stays on loopback: it needs at least one DirAuthority,
 * and every address on a line that names a directory or bridge must be in 127.0.0.0/8 (or be [::1]).
 * With a private DirAuthority tor uses neither the public authorities nor the default fallback
 * directories.
 */
final class PrivateDirectoryLines {
    private static final Set<String> DIRECTORY_KEYS = Set.of(
            "dirauthority", "alternatedirauthority", "alternatebridgeauthority", "fallbackdir", "bridge");
    // Every address anywhere on the line, so that DirAuthority's upload=/download=/vote=http://IP:PORT/
    // flags and ipv6=[..]:PORT are covered as well as the main address.
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.])");
    private static final Pattern IPV6 = Pattern.compile("\\[([^\\]]*)\\]");

    private PrivateDirectoryLines() {
    }

    /** Empty when {@code lines} are safe to run with network enabled, else the reason why not. */
    static Optional<String> whyNotPrivate(List<String> lines) {
        Optional<String> outside = lineLeavingLoopback(lines);
        if (outside.isPresent()) {
            return outside;
        }
        boolean anyAuthority = lines.stream().anyMatch(l -> TorrcLines.key(l).filter("dirauthority"::equals).isPresent());
        return anyAuthority
                ? Optional.empty()
                : Optional.of("there is no private DirAuthority line, so tor would use the public Tor network's "
                        + "authorities");
    }

    /** Empty when no directory or bridge line names an address outside loopback, else the reason. */
    static Optional<String> lineLeavingLoopback(List<String> lines) {
        for (String line : lines) {
            Optional<String> key = TorrcLines.key(line);
            if (key.isPresent() && DIRECTORY_KEYS.contains(key.get()) && !pointsOnlyAtLoopback(line)) {
                return Optional.of("this line does not point at 127.0.0.0/8 only: " + line.strip());
            }
        }
        return Optional.empty();
    }

    private static boolean pointsOnlyAtLoopback(String line) {
        boolean sawLoopbackIpv4 = false;
        Matcher v4 = IPV4.matcher(line);
        while (v4.find()) {
            if (!v4.group(1).startsWith("127.")) {
                return false;
            }
            sawLoopbackIpv4 = true;
        }
        Matcher v6 = IPV6.matcher(line);
        while (v6.find()) {
            if (!v6.group(1).equals("::1")) {
                return false;
            }
        }
        return sawLoopbackIpv4;
    }
}
