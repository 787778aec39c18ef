package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the installed tor 0.4.9.11 with a test's command line, to compare the drop-in with it. The
 * caller's command line must keep tor off the network: tests pass {@code --DisableNetwork 1} (checked),
 * {@code --defaults-torrc /dev/null}, a private DataDirectory and this JVM as the owning process.
 */
final class LiveTorConsole {
    private LiveTorConsole() {
    }

    static Path tor() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/sbin/tor"), Path.of("/usr/bin/tor"), Path.of("/usr/local/bin/tor")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "tor"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseGet(() -> fail("tor 0.4.9.11 is not installed: apt-get install -y tor"));
    }

    static ConsoleProcess start(List<String> args, Optional<String> stdin) {
        int dn = args.indexOf("--DisableNetwork");
        if (!args.contains("--defaults-torrc") || dn < 0 || dn + 1 >= args.size() || !args.get(dn + 1).equals("1")) {
            throw new IllegalArgumentException("a live tor here needs --defaults-torrc and DisableNetwork 1: " + args);
        }
        List<String> command = new ArrayList<>();
        command.add(tor().toString());
        command.addAll(args);
        return ConsoleProcess.start(command, Map.of(), stdin);
    }
}
