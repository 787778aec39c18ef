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
}
