package org.torconformance.conformance.run;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The requirement a scenario checks, as its feature file states it: the description lines between
 * the "Scenario:" (or "Scenario Outline:") line and the first step, joined into one paragraph.
 */
final class ScenarioDescriptions {
    private static final Pattern STEP = Pattern.compile("^\\s*(Given|When|Then|And|But|\\*)\\s");
    private static final Pattern SCENARIO = Pattern.compile("^\\s*(Scenario|Scenario Outline|Scenario Template|Example):");
    private static final Map<URI, List<String>> FILES = new ConcurrentHashMap<>();

    private ScenarioDescriptions() {
    }

    /** {@code line} is the scenario's line, or for an outline an example row below it (1-based). */
    static String of(URI feature, int line) {
        List<String> lines = FILES.computeIfAbsent(feature, ScenarioDescriptions::read);
        int i = Math.min(line, lines.size()) - 1;
        while (i >= 0 && !SCENARIO.matcher(lines.get(i)).find()) {
            i--;
        }
        if (i < 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            if (STEP.matcher(l).find() || SCENARIO.matcher(l).find() || l.strip().startsWith("@")) {
                break;
            }
            if (!l.isBlank() && !l.strip().startsWith("#")) {
                sb.append(sb.length() == 0 ? "" : " ").append(l.strip());
            }
        }
        return sb.toString();
    }

    private static List<String> read(URI feature) {
        try {
            return "file".equals(feature.getScheme()) ? Files.readAllLines(Path.of(feature), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
