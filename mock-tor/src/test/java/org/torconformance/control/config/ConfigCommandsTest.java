package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;

/** GETCONF, SETCONF, RESETCONF and CONF_CHANGED against the mock, with the texts tor 0.4.9.11 sends. */
class ConfigCommandsTest {
    static MockTor mock() {
        return MockTor.builder().option("DisableNetwork", "1").option("SocksPort", "0").start();
    }

    static RawControlClient connect(MockTor tor) {
        RawControlClient c = RawControlClient.connect(tor.controlPort());
        assertEquals(Reply.ok(), c.command("AUTHENTICATE"));
        return c;
    }

    /** Sends a line and returns everything that arrives until the connection is quiet. */
    static String exchange(RawControlClient c, String line) {
        c.drain(Duration.ZERO, Duration.ZERO);
        c.send(line + "\r\n");
        return c.drain(Duration.ofMillis(200), Duration.ofSeconds(5)).latin1();
    }

    static String wire(Reply r) {
        return r.encode().latin1();
    }

    @Test
    void getconfUnsetForms() {
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("250-ContactInfo\r\n250-ExitNodes=\r\n250-SocksPort=0\r\n250-HiddenServiceOptions\r\n250 MaxCircuitDirtiness=600\r\n",
                    wire(c.command("GETCONF contactinfo ExitNodes SocksPort HiddenServiceOptions MaxCircuitDirtiness")));
            assertEquals("250 OK\r\n", wire(c.command("GETCONF")));
            assertEquals("552-Unrecognized configuration key \"zzz\"\r\n552 Unrecognized configuration key \"\"\"\"\r\n",
                    wire(c.command("GETCONF zzz ContactInfo \"\"")));
        }
    }

    @Test
    void getconfPrefixesAndAliases() {
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("250-AccelDir\r\n250-BandwidthBurst=1073741824\r\n250-LearnCircuitBuildTimeout=1\r\n250-EntryNodes=\r\n250 ConnLimit\r\n",
                    wire(c.command("GETCONF a b l EntryNode MaxConn")));
        }
    }

    @Test
    void setconfThenEvent() {
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("250 OK\r\n", exchange(c, "SETEVENTS CONF_CHANGED"));
            assertEquals("250 OK\r\n650-CONF_CHANGED\r\n650-ContactInfo=hello\r\n650-MaxCircuitDirtiness=700\r\n650 OK\r\n",
                    exchange(c, "SETCONF MaxCircuitDirtiness=700 ContactInfo=hello"));
        }
    }

    @Test
    void setconfRefusals() {
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("552 Unrecognized option: Unknown option 'nosuch'.  Failing.\r\n", wire(c.command("SETCONF nosuch=1")));
            assertEquals("513 Unacceptable option value: Could not parse MaxCircuitDirtiness: Provided value is malformed or out of bounds: "
                    + "Unable to parse abc as a number\r\n", wire(c.command("SETCONF MaxCircuitDirtiness=abc")));
            assertEquals("553 Transition not allowed: While Tor is running, changing DataDirectory is not allowed\r\n",
                    wire(c.command("SETCONF DataDirectory=/nowhere")));
            assertEquals("512 Bad arguments to SETCONF: Cannot parse keyword argument(s)\r\n", wire(c.command("SETCONF \"ContactInfo=x\"")));
        }
    }

    @Test
    void aRefusedValueWithAnLfComesBackRawUnderTorQuirksAndEscapedOtherwise() {
        String reason = "Unacceptable option value: Nickname 'a%sb', nicknames must be between 1 and 19 characters inclusive, "
                + "and must contain only the characters [a-zA-Z0-9].\r\n";
        try (MockTor tor = MockTor.builder().torQuirks(true).start(); RawControlClient c = connect(tor)) {
            assertEquals("513 " + reason.formatted("\n"), exchange(c, "SETCONF Nickname=\"a\\nb\""));
            assertEquals("250 OK\r\n", exchange(c, "SETCONF ContactInfo=x"), "the connection stays open");
        }
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("513 " + reason.formatted("\\n"), wire(c.command("SETCONF Nickname=\"a\\nb\"")));
        }
    }

    /** With several options wrong, tor 0.4.9.11 names the one it checks first: ports, outbound addresses, Nickname, ContactInfo, Log... */
    @Test
    void theReasonGivenIsTheFirstCheckTorRuns() {
        String nickname = "Nickname 'bad-nick', nicknames must be between 1 and 19 characters inclusive, and must contain only the "
                + "characters [a-zA-Z0-9].";
        String[][] cases = {
            {"SETCONF SafeLogging=maybe Nickname=bad-nick", nickname},
            {"SETCONF ContactInfo=\u00e9 Nickname=bad-nick", nickname},
            {"SETCONF ContactInfo=\u00e9 SafeLogging=maybe", "ContactInfo config option must be UTF-8."},
            {"SETCONF Nickname=bad-nick Log=bogus", nickname},
            {"SETCONF HTTPSProxy=@@:: Nickname=bad-nick", nickname},
            {"SETCONF Log=bogus SocksPort=bogus", "Invalid SocksPort configuration"},
            {"SETCONF ContactInfo=\u00e9 SocksPort=bogus", "Invalid SocksPort configuration"},
            {"SETCONF Nickname=bad-nick OutboundBindAddress=xx", "Multiple outbound bind addresses configured: xx"},
            {"SETCONF OutboundBindAddress=xx Log=bogus", "Multiple outbound bind addresses configured: xx"},
        };
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            for (String[] t : cases) {
                assertEquals("513 Unacceptable option value: " + t[1] + "\r\n", wire(c.command(t[0])), t[0]);
            }
        }
    }

    @Test
    void setconfWithoutAValueClearsEvenAValidatedOption() {
        try (MockTor tor = mock(); RawControlClient c = connect(tor)) {
            assertEquals("250 OK\r\n", wire(c.command("SETCONF SafeLogging")));
            assertEquals("250 SafeLogging\r\n", wire(c.command("GETCONF SafeLogging")));
            assertEquals("250 OK\r\n", wire(c.command("SETCONF SafeLogging=\"\"")));
            assertEquals("513 Unacceptable option value: Unrecognized value '\"maybe\"' in SafeLogging\r\n",
                    wire(c.command("SETCONF SafeLogging=maybe")));
            assertEquals("250 OK\r\n", wire(c.command("RESETCONF SafeLogging")));
            assertEquals("250 SafeLogging=1\r\n", wire(c.command("GETCONF SafeLogging")));
        }
    }
}
