package org.torconformance.cli.dropin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TorArgumentsTest {
    private static TorArguments parse(String... argv) {
        return TorArguments.parse(List.of(argv));
    }

    @Test
    @DisplayName("options take zero, one or two dashes, as stem's '__OwningControllerProcess PID' relies on")
    void optionsWithAndWithoutDashes() {
        TorArguments a = parse("-f", "-", "--SocksPort", "0", "-ControlPort", "auto", "__OwningControllerProcess", "42",
                "+Log", "notice stdout", "/HashedControlPassword", "-l", "info stdout");
        // HashedControlPassword on the command line is tor's session password
        assertEquals(List.of(new ConfigLine("SocksPort", "0", ConfigLine.Op.SET),
                new ConfigLine("ControlPort", "auto", ConfigLine.Op.SET),
                new ConfigLine("__OwningControllerProcess", "42", ConfigLine.Op.SET),
                new ConfigLine("Log", "notice stdout", ConfigLine.Op.APPEND),
                new ConfigLine("__HashedControlSessionPassword", "", ConfigLine.Op.CLEAR),
                new ConfigLine("Log", "info stdout", ConfigLine.Op.SET)), a.options());
        assertEquals(Optional.of("-"), a.flag("--torrc-file"));
        assertEquals(TorArguments.Mode.RUN_TOR, a.mode());
    }

    @Test
    @DisplayName("tor's own flags: values, quiet levels and commands")
    void ownFlags() {
        TorArguments a = parse("--defaults-torrc", "/dev/null", "--ignore-missing-torrc", "--hush", "--verify-config");
        assertEquals(Optional.of("/dev/null"), a.flag("--defaults-torrc"));
        assertTrue(a.has("--ignore-missing-torrc"));
        assertEquals(TorArguments.Quiet.HUSH, a.quiet());
        assertEquals(TorArguments.Mode.VERIFY_CONFIG, a.mode());
        TorArguments h = parse("--hash-password", "secret", "--quiet");
        assertEquals(TorArguments.Mode.HASH_PASSWORD, h.mode());
        assertEquals("secret", h.modeArgument());
        assertEquals(TorArguments.Quiet.SILENT, h.quiet());
        assertEquals(TorArguments.Mode.UNSUPPORTED, parse("--keygen").mode());
        assertEquals("--keygen", parse("--keygen").modeArgument());
    }

    @Test
    @DisplayName("an optional argument is never taken from a following flag")
    void optionalArgument() {
        TorArguments a = parse("--list-fingerprint", "--DataDirectory", "/d");
        assertEquals(TorArguments.Mode.LIST_FINGERPRINT, a.mode());
        assertEquals(List.of(new ConfigLine("DataDirectory", "/d", ConfigLine.Op.SET)), a.options());
    }

    @Test
    @DisplayName("a missing value is tor's error, with the quiet level of the flag already applied")
    void missingValue() {
        TorArguments a = parse("--hash-password");
        assertEquals(Optional.of("Command-line option '--hash-password' with no value. Failing."), a.error());
        assertEquals(TorArguments.Quiet.HUSH, a.quiet());
        assertEquals(Optional.of("Command-line option '--ControlPort' with no value. Failing."),
                parse("--SocksPort", "0", "--ControlPort").error());
    }
}
