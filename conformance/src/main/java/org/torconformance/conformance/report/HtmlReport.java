package org.torconformance.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;
import org.torconformance.conformance.run.Verdict;

/**
 * reports/index.html: the matrix of cases × targets, one colour per verdict, each cell linking to
 * the case's page (requirement, expected vs observed, wire log per target).
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(Path dir, RunSummary s) throws IOException {
        Map<String, List<CaseResult>> byCase = new TreeMap<>(HtmlReport::compareIds);
        for (CaseResult r : s.results()) {
            byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
        }
        List<String> targets = new ArrayList<>(s.targets().keySet());
        Files.createDirectories(dir.resolve("cases"));
        StringBuilder b = new StringBuilder();
        b.append("<h1>Tor conformance</h1>\n<p>").append(s.exitCode() == 0 ? "<b>Passed</b>" : "<b>Failed</b> (exit code " + s.exitCode() + ")")
                .append(String.format(" — %d results, %d cases, %.1f s, seed <code>%d</code>%s</p>%n", s.results().size(), byCase.size(),
                        s.durationMillis() / 1000.0, s.seed(), s.strict() ? ", strict" : ""));
        b.append("<p class=\"legend\">");
        for (Verdict v : Verdict.values()) {
            b.append("<span class=\"").append(v.label()).append("\">").append(v.label()).append("</span>");
        }
        b.append("<span class=\"base\">baselined</span></p>\n");
        b.append("<table id=\"targets\"><tr><th>target</th><th>what</th>");
        for (Verdict v : Verdict.values()) {
            b.append("<th>").append(v.label()).append("</th>");
        }
        b.append("</tr>\n");
        for (String t : targets) {
            Map<Verdict, Integer> counts = new LinkedHashMap<>();
            s.results().stream().filter(r -> r.target().equals(t)).forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
            b.append("<tr><td>").append(Html.esc(t)).append("</td><td>").append(Html.esc(s.targets().get(t))).append("</td>");
            for (Verdict v : Verdict.values()) {
                b.append("<td>").append(counts.getOrDefault(v, 0)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        matrix(b, dir, s, byCase, targets, "client", "Client cases: each library against the mock");
        matrix(b, dir, s, byCase, targets, "daemon", "Daemon cases: the mock and a live tor answer the same bytes");
        matrix(b, dir, s, byCase, targets, "network", "Network cases: libraries on a private tor network, and the mock as one");
        if (s.results().stream().anyMatch(r -> r.tags().contains("@network"))) {
            b.append("<p><a href=\"network.html\">The mock's circuits and streams vs the private tor network</a>: each network case's "
                    + "event sequence on both, and their differences.</p>\n");
        }
        if (!s.newFailures().isEmpty() || !s.staleBaseline().isEmpty()) {
            b.append("<h2>Baseline</h2><p>To accept this run, put these lines in the baseline file:</p><pre>");
            s.baselineUpdate().forEach(l -> b.append(Html.esc(l)).append('\n'));
            b.append("</pre>\n");
        }
        b.append("<p>Also: <a href=\"index.json\">index.json</a>, <a href=\"summary.md\">summary.md</a>, <a href=\"junit/\">junit/</a>, "
                + "Cucumber's own reports in <a href=\"cucumber/\">cucumber/</a>.</p>");
        Files.writeString(dir.resolve("index.html"), Html.page("Tor conformance", b.toString()));
    }

    private static void matrix(StringBuilder b, Path dir, RunSummary s, Map<String, List<CaseResult>> byCase, List<String> allTargets,
                               String kind, String heading) throws IOException {
        List<String> targets = allTargets.stream()
                .filter(t -> s.results().stream().anyMatch(r -> r.target().equals(t) && r.tags().contains("@" + kind))).toList();
        if (targets.isEmpty()) {
            return;
        }
        b.append("<h2>").append(Html.esc(heading)).append("</h2>\n<table class=\"matrix\" id=\"").append(kind)
                .append("-matrix\"><tr><th>case</th><th>title</th><th>level</th>");
        for (String t : targets) {
            b.append("<th>").append(Html.esc(t)).append("</th>");
        }
        b.append("</tr>\n");
        for (Map.Entry<String, List<CaseResult>> e : byCase.entrySet()) {
            CaseResult first = e.getValue().get(0);
            if (!first.tags().contains("@" + kind)) {
                continue;
            }
            String page = "cases/" + Html.caseFile(e.getKey());
            b.append("<tr><td><a href=\"").append(page).append("\"><code>").append(Html.esc(e.getKey())).append("</code></a></td><td>")
                    .append(Html.esc(first.title())).append("</td><td>").append(first.requirement()).append("</td>");
            for (String t : targets) {
                CaseResult r = e.getValue().stream().filter(x -> x.target().equals(t)).findFirst().orElse(null);
                if (r == null) {
                    b.append("<td class=\"v none\">–</td>");
                } else {
                    boolean base = s.baselined().contains(r.key());
                    b.append("<td class=\"v ").append(r.verdict().label()).append(base ? " base" : "").append("\" title=\"")
                            .append(Html.esc(r.message())).append("\"><a href=\"").append(page).append('#').append(Html.esc(t))
                            .append("\">").append(r.verdict().label()).append("</a></td>");
                }
            }
            b.append("</tr>\n");
            Files.writeString(dir.resolve(page), CasePage.render(e.getKey(), e.getValue(), s));
        }
        b.append("</table>\n");
    }

    /** Case ids sort by prefix, then numerically by section parts (cs/3.9/2 before cs/3.10/1). */
    static int compareIds(String a, String b) {
        String[] x = a.split("[/.]");
        String[] y = b.split("[/.]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
