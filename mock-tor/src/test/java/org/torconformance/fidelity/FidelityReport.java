package org.torconformance.fidelity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/**
 * report.json and report.md: the agreement per file and overall, and for every exchange that
 * differs (or ran on the mock only) both sides' normalized bytes in scenario escapes, so a line
 * can be pasted back into a scenario file. report.json also keeps an excerpt of what agreed.
 */
final class FidelityReport {
    static final int JSON_BYTES = 64 * 1024;
    static final int MD_BYTES = 2 * 1024;
    /** Agreeing exchanges keep a shorter excerpt: enough to see what was compared. */
    static final int AGREED_BYTES = 1024;

    private FidelityReport() {
    }

    static Agreement overall(List<FileResult> files) {
        return Agreement.sum(files.stream().map(FileResult::agreement).toList());
    }

    static void write(Path dir, String torVersion, RunSettings settings, List<FileResult> files) {
        try {
            Files.createDirectories(dir);
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(dir.resolve("report.json"), mapper.writeValueAsString(json(mapper, torVersion, settings, files)),
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("report.md"), markdown(torVersion, files), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fidelity report to " + dir, e);
        }
    }

    static ObjectNode json(ObjectMapper mapper, String torVersion, RunSettings settings, List<FileResult> files) {
        ObjectNode root = mapper.createObjectNode();
        root.put("tor", torVersion);
        root.put("quietMs", settings.quiet().toMillis());
        root.set("overall", agreement(mapper, overall(files)));
        ArrayNode rules = root.putArray("rules");
        NormalizationRules.all().forEach(r -> rules.addObject().put("name", r.name()).put("why", r.why()));
        ArrayNode fileNodes = root.putArray("files");
        for (FileResult f : files) {
            ObjectNode fn = fileNodes.addObject();
            fn.put("file", f.file());
            fn.set("agreement", agreement(mapper, f.agreement()));
            f.startFailure().ifPresent(why -> fn.put("startFailure", why));
            ArrayNode scenarios = fn.putArray("scenarios");
            for (ScenarioResult s : f.scenarios()) {
                ObjectNode sn = scenarios.addObject();
                sn.put("name", s.name());
                s.skipLive().ifPresent(why -> sn.put("skipLive", why));
                sn.set("agreement", agreement(mapper, new Agreement(s.agreed(), s.compared())));
                s.problems().forEach(sn.withArray("problems")::add);
                s.malformed().forEach(sn.withArray("malformedMockOutput")::add);
                ArrayNode exchanges = sn.putArray("exchanges");
                for (ExchangeResult e : s.exchanges()) {
                    exchanges.add(exchange(mapper, e));
                }
            }
        }
        return root;
    }

    private static ObjectNode exchange(ObjectMapper mapper, ExchangeResult e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("index", e.index());
        n.put("sent", shorten(e.sent(), JSON_BYTES));
        n.put("verdict", e.verdict().name());
        if (e.verdict() != ExchangeResult.Verdict.AGREE) {
            e.live().ifPresent(r -> n.set("live", side(mapper, r, e.liveNormalized().orElseThrow())));
            n.set("mock", side(mapper, e.mock(), e.mockNormalized()));
        } else {
            n.put("normalized", escaped(e.mockNormalized().bytes(), AGREED_BYTES));
            n.put("closed", e.mock().closed());
            e.mockNormalized().rules().forEach(n.withArray("rules")::add);
        }
        return n;
    }

    private static ObjectNode side(ObjectMapper mapper, Response r, Normalizer.Normalized norm) {
        ObjectNode n = mapper.createObjectNode();
        n.put("normalized", escaped(norm.bytes(), JSON_BYTES));
        n.put("length", r.bytes().length());
        n.put("closed", r.closed());
        r.problem().ifPresent(p -> n.put("problem", p));
        norm.rules().forEach(n.withArray("rules")::add);
        return n;
    }

    private static ObjectNode agreement(ObjectMapper mapper, Agreement a) {
        return mapper.createObjectNode().put("agreed", a.agreed()).put("compared", a.compared()).put("rate", a.rate());
    }

    static String markdown(String torVersion, List<FileResult> files) {
        StringBuilder md = new StringBuilder();
        md.append("# Fidelity: the mock against tor ").append(torVersion).append("\n\n");
        md.append("Overall agreement: **").append(overall(files)).append("** of compared exchanges.\n\n");
        md.append("| file | agreement | scenarios | mock-only exchanges | scenarios with problems |\n|---|---|---|---|---|\n");
        for (FileResult f : files) {
            long mockOnly = f.scenarios().stream().flatMap(s -> s.exchanges().stream())
                    .filter(e -> e.verdict() == ExchangeResult.Verdict.MOCK_ONLY).count();
            long troubled = f.scenarios().stream().filter(s -> !s.problems().isEmpty() || !s.malformed().isEmpty()).count();
            md.append("| ").append(f.file()).append(" | ").append(f.agreement()).append(" | ").append(f.scenarios().size())
                    .append(" | ").append(mockOnly).append(" | ").append(troubled).append(" |\n");
        }
        for (FileResult f : files) {
            md.append("\n## ").append(f.file()).append(" — ").append(f.agreement()).append("\n");
            f.startFailure().ifPresent(why -> md.append("\nThe targets did not start: ").append(why).append("\n"));
            for (ScenarioResult s : f.scenarios()) {
                scenarioMarkdown(md, s);
            }
        }
        return md.toString();
    }

    private static void scenarioMarkdown(StringBuilder md, ScenarioResult s) {
        boolean clean = s.agreed() == s.compared() && s.problems().isEmpty() && s.malformed().isEmpty()
                && s.skipLive().isEmpty();
        if (clean) {
            return;
        }
        md.append("\n### ").append(s.name()).append(" — ").append(new Agreement(s.agreed(), s.compared())).append("\n");
        s.skipLive().ifPresent(why -> md.append("\nMock only (@skip-live: ").append(why).append(").\n"));
        s.problems().forEach(p -> md.append("\n- problem: ").append(p));
        s.malformed().forEach(p -> md.append("\n- malformed mock output: ").append(code(p)));
        md.append('\n');
        for (ExchangeResult e : s.exchanges()) {
            if (e.agrees()) {
                continue;
            }
            md.append("\n").append(e.index()).append(". sent ").append(code(shorten(e.sent(), 200))).append(" — ")
                    .append(e.verdict()).append("\n");
            e.live().ifPresent(r -> md.append(sideMarkdown("live", r, e.liveNormalized().orElseThrow())));
            md.append(sideMarkdown("mock", e.mock(), e.mockNormalized()));
        }
    }

    private static String sideMarkdown(String label, Response r, Normalizer.Normalized norm) {
        return "   - " + label + ": " + code(escaped(norm.bytes(), MD_BYTES)) + (r.closed() ? " *(closed)*" : "")
                + r.problem().map(p -> " *(" + p + ")*").orElse("") + "\n";
    }

    private static String code(String s) {
        return s.isEmpty() ? "*(nothing)*" : "``" + s.replace("`", "\\x60") + "``";
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " characters)";
    }

    static String escaped(ByteString bytes, int max) {
        Optional<String> more = bytes.length() > max ? Optional.of("…(" + bytes.length() + " bytes)") : Optional.empty();
        return Escapes.encode(bytes.slice(0, Math.min(bytes.length(), max))) + more.orElse("");
    }
}
