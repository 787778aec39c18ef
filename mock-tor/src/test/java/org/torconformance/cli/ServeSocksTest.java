package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServeSocksTest {
    @Test
    @DisplayName("--socks-port prints socks-port=N right after control-port=N, one line per port")
    void printsSocksPorts() {
        MainTest.Run r = MainTest.run("", "--control-port", "0", "--socks-port", "0", "--socks-port", "0 ExtendedErrors",
                "--socks-route", "web.test -> connect 127.0.0.1:8080", "--socks-route", "*.onion -> refuse 0xF2",
                "--exit-on-stdin-close");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("control-port=\\d+"), lines.toString());
        assertTrue(lines.get(1).matches("socks-port=\\d+"), lines.toString());
        assertTrue(lines.get(2).matches("socks-port=\\d+"), lines.toString());
        assertTrue(lines.get(3).startsWith("data-dir="), lines.toString());
    }

    @Test
    @DisplayName("a bad rule, flag or port is a usage error with the reason")
    void usageErrors() {
        for (String[] args : List.of(
                new String[] {"--control-port", "0", "--socks-route", "web.test -> connect 10.1.1.1:80"},
                new String[] {"--control-port", "0", "--socks-route", "nonsense"},
                new String[] {"--control-port", "0", "--socks-port", "0 Frobnicate"},
                new String[] {"--control-port", "0", "--socks-port", "70000"},
                new String[] {"--control-port", "0", "--socks-port"})) {
            MainTest.Run r = MainTest.run("", args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("mock-tor: --socks-"), r.err());
        }
    }

    @Test
    @DisplayName("the usage text documents the SOCKS options")
    void usage() {
        MainTest.Run r = MainTest.run("", "--help");
        assertTrue(r.out().contains("--socks-port"));
        assertTrue(r.out().contains("--socks-route RULE"));
    }
}
