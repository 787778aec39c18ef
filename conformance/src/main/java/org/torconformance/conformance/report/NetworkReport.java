package org.torconformance.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.torconformance.conformance.run.CaseResult;

/**
 * reports/network.html: for every network case, the normalized event sequences of the mock and of the
 * private tor network side by side, and their differences (tor's lines marked {@code -}, the mock's
 * {@code +}); the other network targets' sequences follow.
 */
final class NetworkReport {
    private NetworkReport() {
    }

    static void write(Path file, NetworkComparison n) throws IOException {
        StringBuilder b = new StringBuilder();
        long differing = n.cases().stream().filter(c -> c.compared() && !c.differences().isEmpty()).count();
        long compared = n.cases().stream().filter(NetworkComparison.Case::compared).count();
        b.append("<p><a href=\"index.html\">&larr; the matrix</a></p>\n<h1>Network cases: the mock's circuits and streams vs a private tor network</h1>\n")
                .append("<p>Each case's events on its own circuits and streams, normalized (ids as c1, c2… and s1, s2… in order of ")
                .append("appearance; path identities, timestamps, epochs and source ports dropped; per-second bandwidth events summarized). ")
                .append(compared).append(" cases compared, ").append(differing).append(" with differences. ")
                .append("In the differences, <code>-</code> lines are only in ").append(NetworkComparison.TOR)
                .append(", <code>+</code> lines only in ").append(NetworkComparison.MOCK).append(".</p>\n");
        b.append("<ul>");
        for (NetworkComparison.Case c : n.cases()) {
            b.append("<li><a href=\"#").append(anchor(c.caseId())).append("\"><code>").append(Html.esc(c.caseId())).append("</code></a> ")
                    .append(Html.esc(c.title())).append(c.compared() ? (c.differences().isEmpty() ? " — same" : " — "
                            + c.differences().size() + " lines differ") : " — not compared").append("</li>\n");
        }
        b.append("</ul>\n");
        for (NetworkComparison.Case c : n.cases()) {
            b.append("<h2 id=\"").append(anchor(c.caseId())).append("\"><code>").append(Html.esc(c.caseId())).append("</code> ")
                    .append(Html.esc(c.title())).append("</h2>\n<p>");
            c.results().forEach((target, r) -> b.append(verdict(target, r)).append(' '));
            b.append("</p>\n<table><tr><th>").append(NetworkComparison.MOCK).append("</th><th>").append(NetworkComparison.TOR)
                    .append("</th><th>differences</th></tr><tr>");
            b.append(cell(c.sequence(NetworkComparison.MOCK).orElse(List.of("(not run)"))));
            b.append(cell(c.sequence(NetworkComparison.TOR).orElse(List.of("(not run)"))));
            b.append(cell(c.compared() ? (c.differences().isEmpty() ? List.of("(none)")
                    : c.differences().stream().map(Object::toString).toList()) : List.of("(not compared)")));
            b.append("</tr></table>\n");
            c.sequences().forEach((target, q) -> {
                if (!target.equals(NetworkComparison.MOCK) && !target.equals(NetworkComparison.TOR)) {
                    b.append("<details><summary>").append(Html.esc(target)).append("</summary>").append("<pre>");
                    q.forEach(l -> b.append(Html.esc(l)).append('\n'));
                    b.append("</pre></details>\n");
                }
            });
        }
        Files.writeString(file, Html.page("Network cases: mock vs tor", b.toString()));
    }

    private static String verdict(String target, CaseResult r) {
        return "<a class=\"" + r.verdict().label() + "\" href=\"cases/" + Html.caseFile(r.caseId()) + "#" + Html.esc(target) + "\">&nbsp;"
                + Html.esc(target) + ": " + r.verdict().label() + "&nbsp;</a>";
    }

    private static String cell(List<String> lines) {
        StringBuilder b = new StringBuilder("<td><pre style=\"white-space:pre-wrap;max-width:42em\">");
        lines.forEach(l -> b.append(Html.esc(l)).append('\n'));
        return b.append("</pre></td>").toString();
    }

    static String anchor(String caseId) {
        return caseId.replaceAll("[^A-Za-z0-9.-]", "_");
    }
}
