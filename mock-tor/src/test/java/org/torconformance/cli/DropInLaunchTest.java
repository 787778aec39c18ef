package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.cli.dropin.DropInTor;

/**
 * Libraries' own "launch tor" helpers, pointed at {@code mock-tor/bin/tor}, work unchanged: stem's
 * launch_tor_with_config and txtorcon's launch (Debian's python3-stem and python3-txtorcon under
 * /usr/bin/python3). The scripts live in fixtures/launch; the drop-in's journal shows what each
 * library asked of it.
 */
class DropInLaunchTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Duration LAUNCH = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private Map<String, String> runScript(String script, Path torCommand, Map<String, String> env, String installHint) {
        if (!Files.isExecutable(PYTHON)) {
            fail("/usr/bin/python3 is missing: " + installHint);
        }
        List<String> command = List.of(PYTHON.toString(), DropIn.fixtures().resolve("launch").resolve(script).toString(),
                torCommand.toString(), tmp.resolve("data").toString());
        try (ConsoleProcess p = ConsoleProcess.start(command, env, Optional.empty())) {
            int exit = p.awaitExit(LAUNCH);
            if (exit == 3) {
                fail(String.join("\n", p.stderr()) + " (" + installHint + ")");
            }
            assertEquals(0, exit, "stdout:\n" + String.join("\n", p.stdout()) + "\nstderr:\n" + String.join("\n", p.stderr()));
            Map<String, String> facts = new LinkedHashMap<>();
            for (String line : p.stdout()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    facts.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return facts;
        }
    }

    private List<String> journal(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        System.out.println("--- what the library sent the drop-in (" + file.getFileName() + ") ---");
        lines.forEach(System.out::println);
        return lines;
    }

    @Test
    @DisplayName("stem: launch_tor_with_config(tor_cmd=mock-tor/bin/tor, take_ownership=True), cookie auth, get_version()")
    void stem() throws IOException {
        Path journal = tmp.resolve("stem.journal");
        Map<String, String> env = new HashMap<>(DropIn.environment());
        env.put(DropInTor.JOURNAL_ENV, journal.toString());
        Map<String, String> facts = runScript("stem_launch.py", DropIn.script(), env, "apt-get install -y python3-stem");
        assertEquals("1", facts.get("launched"));
        assertEquals("15", facts.get("bootstrap_lines"), "stem saw every Bootstrapped line on stdout");
        assertEquals("Bootstrapped 100% (done): Done", facts.get("last_startup_line"));
        assertEquals("True", facts.get("authenticated"));
        assertEquals("0.4.9.11", facts.get("version"));
        assertEquals(tmp.resolve("data/control_auth_cookie").toString(), facts.get("cookie_file"));
        assertEquals("0", facts.get("tor_exit"), "tor exits once its owning controller has gone");
        List<String> sent = journal(journal);
        for (String c : List.of("1 > PROTOCOLINFO 1", "1 > GETCONF __owningcontrollerprocess", "1 > TAKEOWNERSHIP",
                "1 > RESETCONF __OwningControllerProcess", "1 > GETINFO version")) {
            assertTrue(sent.contains(c), c + " not in the journal");
        }
    }

    @Test
    @DisplayName("txtorcon: launch(tor_binary=mock-tor/bin/tor) follows the bootstrap over the control port")
    void txtorcon() throws IOException {
        Path journal = tmp.resolve("txtorcon.journal");
        Path torBinary = DropIn.wrapper(tmp, journal);
        Map<String, String> facts = runScript("txtorcon_launch.py", torBinary, DropIn.environment(),
                "apt-get install -y python3-txtorcon");
        assertEquals("1", facts.get("launched"));
        assertEquals("5,10,14,15,20,25,30,40,45,50,75,90,95,100", facts.get("progress"),
                "txtorcon saw each STATUS_CLIENT BOOTSTRAP event");
        assertEquals("0.4.9.11", facts.get("version"));
        assertEquals("NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY=\"Done\"", facts.get("bootstrap_phase"));
        assertEquals("1", facts.get("quit"));
        List<String> sent = journal(journal);
        for (String c : List.of("1 > GETINFO version", "1 > GETINFO events/names", "1 > SETEVENTS STATUS_CLIENT",
                "1 > TAKEOWNERSHIP", "1 > RESETCONF __OwningControllerProcess", "1 > GETINFO config/names")) {
            assertTrue(sent.contains(c), c + " not in the journal");
        }
    }
}
