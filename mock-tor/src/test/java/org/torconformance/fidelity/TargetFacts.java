package org.torconformance.fidelity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What legitimately differs between the two targets, for the normalizer: each has its own data
 * directory, ports, process and (possibly) user.
 */
public record TargetFacts(Side side, String dataDirectory, Set<Integer> ports, long pid, Optional<String> user,
        Optional<Long> uid) {
    public TargetFacts {
        ports = Set.copyOf(ports);
    }

    static TargetFacts of(Side side, Path dataDirectory, Set<Integer> ports, long pid) {
        return new TargetFacts(side, dataDirectory.toAbsolutePath().toString(), ports, pid,
                ProcessHandle.of(pid).flatMap(h -> h.info().user()), realUid(pid));
    }

    /** The real uid from /proc, which is what tor's process/uid reports (getuid). */
    private static Optional<Long> realUid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Uid:")) {
                    return Optional.of(Long.parseLong(line.substring(4).strip().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: the uid rule then replaces nothing
        }
        return Optional.empty();
    }
}
