package org.torconformance.control.info;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * A fidelity scenario file (ARCH.md format), read just far enough for this module's live
 * comparison: {@code @torrc}, {@code @auth cookie}, {@code scenario:}, {@code @expect-close},
 * {@code >} (text plus CRLF) and {@code >>} (raw) with the escapes {@code \r \n \t \0 \xHH \\}.
 */
record ScenarioScript(String name, List<String> torrc, List<Scenario> scenarios) {
    record Scenario(String name, boolean expectClose, List<ByteString> exchanges) {
    }

    static ScenarioScript resource(String name) {
        try (InputStream in = ScenarioScript.class.getResourceAsStream("/fidelity/" + name + ".scenarios")) {
            if (in == null) {
                throw new IllegalArgumentException("no fidelity/" + name + ".scenarios on the test classpath");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScenarioScript parse(String name, String text) {
        List<String> torrc = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        String current = null;
        boolean expectClose = false;
        List<ByteString> exchanges = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip().startsWith("#") ? "" : raw.replaceAll("\\s+#.*$", "");
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("scenario:")) {
                if (current != null) {
                    scenarios.add(new Scenario(current, expectClose, List.copyOf(exchanges)));
                }
                current = line.substring("scenario:".length()).strip();
                expectClose = false;
                exchanges.clear();
            } else if (line.startsWith("@torrc ")) {
                torrc.add(line.substring("@torrc ".length()).strip());
            } else if (line.strip().equals("@expect-close")) {
                expectClose = true;
            } else if (line.startsWith(">>")) {
                exchanges.add(decode(afterMarker(line, 2)));
            } else if (line.startsWith(">")) {
                exchanges.add(ByteString.concat(decode(afterMarker(line, 1)), ByteString.latin1("\r\n")));
            } else if (!line.startsWith("@auth")) {
                throw new IllegalArgumentException(name + ": cannot read '" + line + "'");
            }
        }
        if (current != null) {
            scenarios.add(new Scenario(current, expectClose, List.copyOf(exchanges)));
        }
        return new ScenarioScript(name, torrc, scenarios);
    }

    private static String afterMarker(String line, int length) {
        String rest = line.substring(length);
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }

    static ByteString decode(String text) {
        ByteStringBuilder out = new ByteStringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(ByteString.utf8(String.valueOf(c)));
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append(0);
                case '\\' -> out.append('\\');
                case 'x' -> {
                    out.append(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e);
            }
        }
        return out.build();
    }
}
