package org.torconformance.fidelity;

import java.util.Optional;

/**
 * Writes a {@link ScenarioFile} in the canonical form of the scenario format, so that parsing the
 * output gives back an equal value. Comments are not part of the model and are not written.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static String write(ScenarioFile file) {
        StringBuilder out = new StringBuilder();
        out.append("@auth ").append(file.auth()).append('\n');
        for (String line : file.torrc()) {
            out.append("@torrc ").append(plain(line, "@torrc line")).append('\n');
        }
        file.quiet().ifPresent(q -> out.append("@quiet ").append(q).append('\n'));
        for (Scenario s : file.scenarios()) {
            out.append('\n').append("scenario: ").append(plain(s.name(), "scenario name")).append('\n');
            if (s.preauth()) {
                out.append("@preauth\n");
            }
            s.skipLive().ifPresent(why -> out.append("@skip-live ").append(plain(why, "@skip-live reason")).append('\n'));
            if (s.expectClose()) {
                out.append("@expect-close\n");
            }
            Optional<Integer> quiet = Optional.empty();
            for (Exchange e : s.exchanges()) {
                if (!e.quiet().equals(quiet)) {
                    out.append("@quiet ").append(e.quiet().map(String::valueOf).orElse("default")).append('\n');
                    quiet = e.quiet();
                }
                writeExchange(out, e);
            }
        }
        return out.toString();
    }

    private static void writeExchange(StringBuilder out, Exchange e) {
        if (e.kind() == Exchange.Kind.RAW) {
            out.append(marked(">>", e.lines().get(0))).append('\n');
            return;
        }
        out.append(marked(">", e.lines().get(0))).append('\n');
        for (Payload more : e.lines().subList(1, e.lines().size())) {
            out.append(marked("|", more)).append('\n');
        }
    }

    private static String marked(String marker, Payload payload) {
        String text = lineText(payload);
        return text.isEmpty() ? marker : marker + " " + text;
    }

    /**
     * Escaped text that survives the parser's whitespace and comment rules: a leading or trailing
     * space, and a # that comes first or after a space, are written as hex escapes.
     */
    static String lineText(Payload payload) {
        String text = Escapes.encode(payload);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean edgeSpace = c == ' ' && (i == 0 || i == text.length() - 1);
            boolean commentHash = c == '#' && (i == 0 || text.charAt(i - 1) == ' ');
            if (edgeSpace || commentHash) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text the format cannot escape (names, reasons, torrc lines) must not need escaping. */
    private static String plain(String s, String what) {
        if (!s.equals(s.strip()) || s.isEmpty() || s.contains("\n") || s.contains("\r")
                || ScenarioParser.withoutComment("x " + s).length() != s.length() + 2) {
            throw new IllegalArgumentException("a " + what + " cannot be written: '" + s + "'");
        }
        return s;
    }
}
