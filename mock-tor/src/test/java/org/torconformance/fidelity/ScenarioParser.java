package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the scenario format of fidelity/README.md. Pure: text in, {@link ScenarioFile} out. */
public final class ScenarioParser {
    static final int MAX_QUIET_MS = 60_000;

    private final String source;
    private final List<String> torrc = new ArrayList<>();
    private ScenarioAuth auth;
    private Optional<Integer> fileQuiet = Optional.empty();
    private final List<Scenario> scenarios = new ArrayList<>();

    // the scenario being read
    private String name;
    private boolean preauth;
    private Optional<String> skipLive = Optional.empty();
    private boolean expectClose;
    private Optional<Integer> quiet = Optional.empty();
    private final List<Exchange> exchanges = new ArrayList<>();
    private boolean continuable;

    private int lineNo;

    private ScenarioParser(String source) {
        this.source = source;
    }

    /** @param name the file name without {@code .scenarios}, used in messages and reports */
    public static ScenarioFile parse(String name, String text) {
        return new ScenarioParser(name).run(text);
    }

    private ScenarioFile run(String text) {
        String[] lines = text.split("\r?\n", -1);
        for (lineNo = 1; lineNo <= lines.length; lineNo++) {
            try {
                line(lines[lineNo - 1]);
            } catch (ScenarioSyntaxException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
        endScenario();
        if (auth == null) {
            throw new ScenarioSyntaxException(source + ": no @auth line (none, cookie or password:SECRET)");
        }
        return new ScenarioFile(source, torrc, auth, fileQuiet, scenarios);
    }

    private void line(String raw) {
        String line = withoutComment(raw);
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith(">>")) {
            exchange(Exchange.Kind.RAW, afterMarker(line, 2));
        } else if (line.startsWith(">")) {
            exchange(Exchange.Kind.LINE, afterMarker(line, 1));
        } else if (line.startsWith("|")) {
            continuation(afterMarker(line, 1));
        } else if (line.startsWith("scenario:")) {
            endScenario();
            name = line.substring("scenario:".length()).strip();
            if (name.isEmpty()) {
                throw error("scenario: needs a name");
            }
        } else if (line.startsWith("@")) {
            directive(line.strip());
        } else {
            throw error("expected scenario:, @directive, >, >> or |, got '" + line.strip() + "'");
        }
    }

    /** Drops a comment: a line whose first non-blank is #, or whitespace then # and the rest. */
    static String withoutComment(String line) {
        if (line.strip().startsWith("#")) {
            return "";
        }
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && isBlank(line.charAt(i - 1))) {
                return stripTrailing(line.substring(0, i));
            }
        }
        return stripTrailing(line);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The text after a marker and at most one separating space. */
    private static String afterMarker(String line, int markerLength) {
        String rest = line.substring(markerLength);
        return rest.startsWith(" ") ? rest.substring(1) : rest;
    }

    private void directive(String line) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        String arg = space < 0 ? "" : line.substring(space + 1).strip();
        boolean inScenario = name != null;
        switch (word) {
            case "@torrc" -> {
                requireFileLevel(word, inScenario);
                requireArg(word, arg);
                torrc.add(arg);
            }
            case "@auth" -> {
                requireFileLevel(word, inScenario);
                if (auth != null) {
                    throw error("a second @auth");
                }
                auth = ScenarioAuth.parse(arg);
            }
            case "@quiet" -> {
                Optional<Integer> q = quietValue(arg, inScenario);
                if (inScenario) {
                    quiet = q;
                } else {
                    fileQuiet = q;
                }
            }
            case "@preauth" -> {
                requireScenarioLevel(word, inScenario);
                requireNoArg(word, arg);
                preauth = true;
            }
            case "@expect-close" -> {
                requireScenarioLevel(word, inScenario);
                requireNoArg(word, arg);
                expectClose = true;
            }
            case "@skip-live" -> {
                requireScenarioLevel(word, inScenario);
                requireArg(word, arg);
                skipLive = Optional.of(arg);
            }
            default -> throw error("unknown directive " + word
                    + " (known: @torrc @auth @quiet @preauth @skip-live @expect-close)");
        }
        continuable = false;
    }

    private Optional<Integer> quietValue(String arg, boolean inScenario) {
        if (arg.equals("default")) {
            if (!inScenario) {
                throw error("@quiet default only inside a scenario");
            }
            return Optional.empty();
        }
        try {
            int ms = Integer.parseInt(arg);
            if (ms >= 1 && ms <= MAX_QUIET_MS) {
                return Optional.of(ms);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("@quiet needs milliseconds 1.." + MAX_QUIET_MS + " or 'default', got '" + arg + "'");
    }

    private void exchange(Exchange.Kind kind, String text) {
        if (name == null) {
            throw error("an exchange before the first scenario:");
        }
        exchanges.add(new Exchange(kind, List.of(Escapes.decodePayload(text)), quiet));
        continuable = kind == Exchange.Kind.LINE;
    }

    private void continuation(String text) {
        if (!continuable) {
            throw error("| continues a > line and must follow it or another | line directly");
        }
        Exchange last = exchanges.remove(exchanges.size() - 1);
        List<Payload> lines = new ArrayList<>(last.lines());
        lines.add(Escapes.decodePayload(text));
        exchanges.add(new Exchange(last.kind(), lines, last.quiet()));
    }

    private void endScenario() {
        if (name != null) {
            if (exchanges.isEmpty()) {
                throw error("scenario '" + name + "' has no exchanges");
            }
            scenarios.add(new Scenario(name, preauth, skipLive, expectClose, exchanges));
        }
        name = null;
        preauth = false;
        skipLive = Optional.empty();
        expectClose = false;
        quiet = Optional.empty();
        exchanges.clear();
        continuable = false;
    }

    private void requireFileLevel(String word, boolean inScenario) {
        if (inScenario) {
            throw error(word + " belongs before the first scenario: (it configures the whole file)");
        }
    }

    private void requireScenarioLevel(String word, boolean inScenario) {
        if (!inScenario) {
            throw error(word + " belongs inside a scenario");
        }
    }

    private void requireArg(String word, String arg) {
        if (arg.isEmpty()) {
            throw error(word + " needs an argument");
        }
    }

    private void requireNoArg(String word, String arg) {
        if (!arg.isEmpty()) {
            throw error(word + " takes no argument");
        }
    }

    private ScenarioSyntaxException error(String message) {
        return new ScenarioSyntaxException(source, lineNo, message);
    }
}
