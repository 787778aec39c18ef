package org.torconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MainTest {
    record Run(int code, String out, String err) {
        List<JsonNode> json() throws Exception {
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String line : out.split("\n")) {
                nodes.add(Json.MAPPER.readTree(line));
            }
            return nodes;
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("--help prints usage and exits 0; --version names the tor it models")
    void helpAndVersion() {
        Run help = run("", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("usage: mock-tor"));
        Run version = run("", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("mock-tor \\S+ \\(models tor 0\\.4\\.9\\.11\\)\\n"), version.out());
    }

    @Test
    @DisplayName("an unknown flag gets a one-line reason and exit code 2")
    void badFlags() {
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"decode", "--nope"}, new String[] {"frobnicate"},
                new String[] {"bench", "codec", "--rounds", "zero"},
                new String[] {"--control-port", "0", "--journal-capacity", "-1"})) {
            Run r = run("", args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("mock-tor: "), r.err());
        }
    }

    @Test
    @DisplayName("decode prints one JSON object per reply, event and malformed run, with offsets")
    void decodeReplies() throws Exception {
        Run r = run("250-version=0.4.9.11\r\n250 OK\r\n552+=\r\nUnrecognized key \"a\rb\"\r\n.\r\n"
                + "650 CIRC 5 BUILT $AA~a PURPOSE=GENERAL\r\n552 key \"\u00ff\"\r\n", "decode");
        assertEquals(0, r.code());
        List<JsonNode> j = r.json();
        assertEquals(4, j.size(), r.out());
        assertEquals("reply", j.get(0).get("kind").asText());
        assertEquals(250, j.get(0).get("status").asInt());
        assertEquals("version=0.4.9.11", j.get(0).get("lines").get(0).get("text").asText());
        assertEquals("malformed", j.get(1).get("kind").asText());
        assertEquals(30, j.get(1).get("offset").asInt());
        assertEquals("Unrecognized key \"a\rb\"", j.get(1).get("lines").get(0).get("data").asText());
        assertEquals("event", j.get(2).get("kind").asText());
        assertEquals("CIRC", j.get(2).get("type").asText());
        assertEquals("$AA~a", j.get(2).get("fields").get("path").asText());
        assertEquals("GENERAL", j.get(2).get("fields").get("PURPOSE").asText());
        assertEquals("key \\\"\\377\\\"", j.get(3).get("lines").get(0).get("text").get("escaped").asText(), "invalid UTF-8 is escaped");
    }

    @Test
    @DisplayName("decode --from-client prints commands with decoded bodies")
    void decodeCommands() throws Exception {
        List<JsonNode> j = run("getinfo version\n+LOADCONF\r\n..x\r\n.\r\n", "decode", "--from-client").json();
        assertEquals("getinfo", j.get(0).get("keyword").asText());
        assertEquals("version", j.get(0).get("arguments").asText());
        assertEquals(".x\n", j.get(1).get("body").asText());
        assertEquals(16, j.get(1).get("offset").asInt());
    }
}
