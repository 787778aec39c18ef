package org.torconformance.conformance.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.torconformance.cli.Json;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;

/** reports/index.json: every result, with targets, seed, durations, baseline state and the run's verdict. */
public final class JsonReport {
    private JsonReport() {
    }

    public static void write(Path file, RunSummary summary) throws IOException {
        ObjectNode root = Json.object().put("format", 1).put("seed", summary.seed()).put("strict", summary.strict())
                .put("exitCode", summary.exitCode()).put("durationMillis", summary.durationMillis());
        ArrayNode targets = root.putArray("targets");
        summary.targets().forEach((name, description) -> targets.addObject().put("name", name).put("description", description));
        ArrayNode results = root.putArray("results");
        for (CaseResult r : summary.results()) {
            ObjectNode o = results.addObject().put("case", r.caseId()).put("title", r.title()).put("target", r.target())
                    .put("description", r.description())
                    .put("feature", r.feature()).put("requirement", r.requirement().name()).put("verdict", r.verdict().label())
                    .put("baselined", summary.baselined().contains(r.key())).put("message", r.message())
                    .put("durationMillis", r.durationMillis()).put("seed", r.seed());
            ArrayNode tags = o.putArray("tags");
            r.tags().forEach(tags::add);
        }
        network(root, NetworkComparison.of(summary));
        stringArray(root.putArray("newFailures"), summary.newFailures());
        stringArray(root.putArray("staleBaseline"), summary.staleBaseline());
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /** Per network case: each target's normalized event sequence, and the mock-vs-tor differences. */
    private static void network(ObjectNode root, NetworkComparison n) {
        if (n.isEmpty()) {
            return;
        }
        ArrayNode cases = root.putArray("network");
        for (NetworkComparison.Case c : n.cases()) {
            ObjectNode o = cases.addObject().put("case", c.caseId()).put("title", c.title()).put("compared", c.compared());
            ObjectNode sequences = o.putObject("sequences");
            c.sequences().forEach((target, lines) -> stringArray(sequences.putArray(target), lines));
            stringArray(o.putArray("differences"), c.differences().stream().map(Object::toString).toList());
        }
    }

    private static void stringArray(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
