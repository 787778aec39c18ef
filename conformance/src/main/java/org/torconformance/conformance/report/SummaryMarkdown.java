package org.torconformance.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;
import org.torconformance.conformance.run.Verdict;

/** reports/summary.md: verdict counts per target and the failures, for CI job summaries. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    public static void write(Path file, RunSummary s) throws IOException {
        StringBuilder md = new StringBuilder("# Tor conformance\n\n");
        md.append(s.exitCode() == 0 ? "**Passed**" : "**Failed** (exit code " + s.exitCode() + ")")
                .append(String.format(" — %d results in %.1f s, seed %d%n%n", s.results().size(), s.durationMillis() / 1000.0, s.seed()));
        md.append("| target |");
        for (Verdict v : Verdict.values()) {
            md.append(' ').append(v.label()).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(Verdict.values().length)).append('\n');
        Map<String, Map<Verdict, Integer>> counts = new TreeMap<>();
        for (CaseResult r : s.results()) {
            counts.computeIfAbsent(r.target(), k -> new LinkedHashMap<>()).merge(r.verdict(), 1, Integer::sum);
        }
        counts.forEach((target, c) -> {
            md.append("| ").append(target).append(" |");
            for (Verdict v : Verdict.values()) {
                md.append(' ').append(c.getOrDefault(v, 0)).append(" |");
            }
            md.append('\n');
        });
        if (!s.newFailures().isEmpty()) {
            md.append("\n## New failures\n\n");
            s.newFailures().forEach(f -> md.append("- `").append(f.replace("`", "'")).append("`\n"));
        }
        if (!s.staleBaseline().isEmpty()) {
            md.append("\n## Stale baseline entries\n\n");
            s.staleBaseline().forEach(f -> md.append("- `").append(f).append("`\n"));
        }
        Files.writeString(file, md.toString());
    }
}
