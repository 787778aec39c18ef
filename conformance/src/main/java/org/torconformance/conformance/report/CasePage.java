package org.torconformance.conformance.report;

import java.util.List;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;

/** One case's page: the requirement, and per target the verdict, expected vs observed, and the wire log. */
final class CasePage {
    private CasePage() {
    }

    static String render(String caseId, List<CaseResult> results, RunSummary s) {
        CaseResult first = results.get(0);
        StringBuilder b = new StringBuilder();
        b.append("<p><a href=\"../index.html\">&larr; all cases</a></p>\n<h1><code>").append(Html.esc(caseId)).append("</code> ")
                .append(Html.esc(first.title())).append("</h1>\n<p>Requirement: <b>").append(first.requirement())
                .append("</b> · feature <code>").append(Html.esc(first.feature())).append("</code> · tags <code>")
                .append(Html.esc(String.join(" ", first.tags()))).append("</code></p>\n");
        if (!first.description().isEmpty()) {
            b.append("<p>").append(Html.esc(first.description())).append("</p>\n");
        }
        for (CaseResult r : results) {
            b.append("<h2 id=\"").append(Html.esc(r.target())).append("\">").append(Html.esc(r.target())).append(": <span class=\"")
                    .append(r.verdict().label()).append("\">&nbsp;").append(r.verdict().label()).append("&nbsp;</span>")
                    .append(s.baselined().contains(r.key()) ? " (baselined)" : "").append("</h2>\n");
            b.append("<p>").append(r.durationMillis()).append(" ms · seed <code>").append(Html.esc(r.seed())).append("</code></p>\n");
            if (!r.message().isEmpty()) {
                b.append("<p><b>Expected vs observed</b></p><pre>").append(Html.esc(r.message())).append("</pre>\n");
            }
            b.append("<p><b>Wire log</b> (<code>C&gt;</code> client to server, <code>S&lt;</code> server to client)</p><pre>")
                    .append(Html.esc(r.wireLog().isEmpty() ? "(none recorded)" : r.wireLog())).append("</pre>\n");
        }
        return Html.page(caseId + " " + first.title(), b.toString());
    }
}
