package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §3.2 GETINFO row and §8 items 3, 9, 26: the reply shapes of handle_control_getinfo. */
class GetInfoCommandTest {
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final Duration MAX = Duration.ofSeconds(5);

    @Test
    @DisplayName("one line per key, echoed as sent, then 250 OK; no keys: a bare 250 OK")
    void answers() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("250-version=0.4.9.11\r\n250 OK\r\n", s.wire("GETINFO version"));
            assertEquals("250-version=0.4.9.11\r\n250-version=0.4.9.11\r\n250 OK\r\n", s.wire("GETINFO  version   version "));
            assertEquals("250 OK\r\n", s.wire("GETINFO"));
        }
    }

    @Test
    @DisplayName("any unknown key: only the 552 lines, answers dropped; keys are case-sensitive")
    void unknownKeys() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("552 Unrecognized key \"nosuch\"\r\n", s.wire("GETINFO version nosuch"));
            assertEquals("552-Unrecognized key \"a\"\r\n552 Unrecognized key \"VERSION\"\r\n", s.wire("GETINFO a VERSION uptime"));
            assertEquals("552 Unrecognized key \"version\tuptime\"\r\n", s.wire("GETINFO version\tuptime"));
        }
    }

    @Test
    @DisplayName("a key-specific failure: one 551 line for the whole command, even after unknown keys")
    void failureAbortsEverything() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("551 Not running in server mode\r\n", s.wire("GETINFO version fingerprint uptime"));
            assertEquals("551 Address unknown\r\n", s.wire("GETINFO nosuch address"));
        }
    }

    @Test
    @DisplayName("a helper's own refusal is a 552 line with its reason")
    void refusal() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("552-Not running in server mode\r\n552 Unrecognized key \"x\"\r\n",
                    s.wire("GETINFO exit-policy/full x version"));
        }
    }

    @Test
    @DisplayName("a value with line breaks is a 250+ data block followed by the other lines")
    void dataBlock() {
        try (MockSession s = MockSession.start(false)) {
            String wire = s.wire("GETINFO info/names version");
            assertTrue(wire.startsWith("250+info/names=\r\naccounting/bytes -- "), wire);
            assertTrue(wire.endsWith("version -- The current version of Tor.\r\n.\r\n250-version=0.4.9.11\r\n250 OK\r\n"), wire);
        }
    }

    @Test
    @DisplayName("facts §8.3 with tor quirks: an unknown key with a CR is a 552+= block and the reply never ends")
    void crKeyWithQuirks() {
        try (MockSession s = MockSession.start(true)) {
            s.client().send("GETINFO version ver\rsion\r\n");
            assertEquals("552+=\r\nUnrecognized key \"ver\rsion\"\r\n.\r\n", s.client().drain(QUIET, MAX).latin1());
            s.client().send("GETINFO nosuch a\rb\r\n");
            assertEquals("552-Unrecognized key \"nosuch\"\r\n552+=\r\nUnrecognized key \"a\rb\"\r\n.\r\n",
                    s.client().drain(QUIET, MAX).latin1());
            s.client().send("GETINFO a\rb nosuch\r\n");
            assertEquals("552+=\r\nUnrecognized key \"a\rb\"\r\n.\r\n552 Unrecognized key \"nosuch\"\r\n",
                    s.client().drain(QUIET, MAX).latin1());
        }
    }

    @Test
    @DisplayName("without quirks: the CR key is quoted as esc_for_log quotes it, on one well-formed line")
    void crKeyWithoutQuirks() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("552 Unrecognized key \"ver\\rsion\"\r\n", s.wire("GETINFO version ver\rsion"));
            assertEquals("552-Unrecognized key \"a\\\"\\rb\"\r\n552 Unrecognized key \"c\"\r\n", s.wire("GETINFO a\"\rb c"));
        }
    }

    @Test
    @DisplayName("with tor quirks a known key that kvline cannot encode is printed as (null)")
    void nullKeyWithQuirks() {
        try (MockSession s = MockSession.start(true)) {
            assertEquals("250-(null)\r\n250 OK\r\n", s.wire("GETINFO consensus/a\"b"));
            assertEquals("250-(null)\r\n250-version=0.4.9.11\r\n250 OK\r\n", s.wire("GETINFO consensus/a=b version"));
            assertEquals("250-consensus/ab=\r\n250 OK\r\n", s.wire("GETINFO consensus/ab"));
        }
    }

    @Test
    @DisplayName("without quirks that key is echoed as sent")
    void nullKeyWithoutQuirks() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("250-consensus/a\"b=\r\n250 OK\r\n", s.wire("GETINFO consensus/a\"b"));
        }
    }

    @Test
    @DisplayName("8-bit bytes in an unknown key are echoed untouched")
    void eightBitKey() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("552 Unrecognized key \"n\u00e9\"\r\n", s.wire("GETINFO n\u00e9"));
        }
    }
}
