package org.torconformance.control.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of the fidelity scenario format (fidelity/README.md) that config.scenarios uses:
 * {@code @torrc}, {@code scenario:}, {@code @preauth}, {@code @skip-live}, {@code >}, {@code >>},
 * {@code |}, comments and the escapes {@code \r \n \t \0 \xHH \\}. The fidelity suite has the full
 * runner; this one lets the config module measure its own file against tor.
 */
final class ScenarioScript {
    record Scenario(String name, boolean preauth, boolean skipLive, List<byte[]> sends) {
    }

    final List<String> torrc = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();

    static ScenarioScript parse(String text) {
        ScenarioScript s = new ScenarioScript();
        String name = null;
        boolean preauth = false;
        boolean skipLive = false;
        List<ByteArrayOutputStream> sends = new ArrayList<>();
        for (String raw : (text + "\nscenario: end").split("\r?\n")) {
            String line = withoutComment(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("scenario:")) {
                if (name != null) {
                    s.scenarios.add(new Scenario(name, preauth, skipLive, sends.stream().map(ByteArrayOutputStream::toByteArray).toList()));
                }
                name = line.substring("scenario:".length()).strip();
                preauth = false;
                skipLive = false;
                sends = new ArrayList<>();
            } else if (line.startsWith("@torrc ")) {
                s.torrc.add(line.substring(7));
            } else if (line.equals("@preauth")) {
                preauth = true;
            } else if (line.startsWith("@skip-live")) {
                skipLive = true;
            } else if (line.startsWith("@")) {
                continue;
            } else if (line.startsWith(">>")) {
                sends.add(bytes(unescape(after(line, 2))));
            } else if (line.startsWith(">")) {
                sends.add(bytes(unescape(after(line, 1)) + "\r\n"));
            } else if (line.startsWith("|")) {
                sends.get(sends.size() - 1).writeBytes((unescape(after(line, 1)) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            } else {
                throw new IllegalArgumentException("unexpected line: " + raw);
            }
        }
        return s;
    }

    private static ByteArrayOutputStream bytes(String latin1) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        return b;
    }

    private static String after(String line, int marker) {
        String rest = line.substring(marker);
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }

    static String withoutComment(String line) {
        if (line.strip().startsWith("#")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case '\\' -> out.append('\\');
                case 'x' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unsupported escape \\" + e + " in " + s);
            }
        }
        return out.toString();
    }
}
