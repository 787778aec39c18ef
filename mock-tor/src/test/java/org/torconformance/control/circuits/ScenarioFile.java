package org.torconformance.control.circuits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;

/**
 * Reads a fidelity scenario file (the ARCH.md format): file-level {@code @torrc} lines, then
 * scenarios whose {@code >} lines get CRLF and whose {@code >>} lines are sent as escaped.
 */
record ScenarioFile(List<String> torrc, List<Scenario> scenarios) {
    record Scenario(String name, List<ByteString> exchanges) {
    }

    static ScenarioFile load(String resource) {
        String text;
        try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> torrc = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        List<ByteString> current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("scenario: ")) {
                current = new ArrayList<>();
                scenarios.add(new Scenario(line.substring(10), current));
            } else if (line.startsWith("@torrc ") && current == null) {
                torrc.add(line.substring(7));
            } else if (line.startsWith(">> ")) {
                current.add(unescape(line.substring(3)));
            } else if (line.startsWith("> ")) {
                current.add(ByteString.latin1(unescape(line.substring(2)).latin1() + "\r\n"));
            }
        }
        return new ScenarioFile(List.copyOf(torrc), List.copyOf(scenarios));
    }

    /** The format's escapes: {@code \r \n \t \0 \xHH \\}. */
    static ByteString unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case 'x' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.append(n);
            }
        }
        return ByteString.latin1(out.toString());
    }
}
