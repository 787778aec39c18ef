package org.torconformance.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.RunSummary;
import org.torconformance.conformance.run.Verdict;

/**
 * reports/junit/&lt;target&gt;.xml in the Surefire/JUnit XML format: one testcase per case ×
 * target. FAILED and HANG are failures, ERROR an error, UNIMPLEMENTED skipped; NON-STRICT fails only
 * with --strict; baselined results pass, with the baseline noted in system-out.
 */
public final class JunitXml {
    private JunitXml() {
    }

    public static void write(Path dir, RunSummary s) throws IOException {
        Files.createDirectories(dir);
        for (String target : s.targets().keySet()) {
            List<CaseResult> rs = s.results().stream().filter(r -> r.target().equals(target)).toList();
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            long total = 0;
            StringBuilder cases = new StringBuilder();
            for (CaseResult r : rs) {
                total += r.durationMillis();
                boolean baselined = s.baselined().contains(r.key());
                cases.append("  <testcase name=\"").append(xml(r.caseId() + " " + r.title())).append("\" classname=\"")
                        .append(xml(target + "." + r.feature())).append("\" time=\"").append(seconds(r.durationMillis())).append("\">\n");
                Verdict v = r.verdict();
                if (baselined) {
                    cases.append("    <system-out>").append(xml("baselined " + v.label() + ": " + r.message())).append("</system-out>\n");
                } else if (v == Verdict.ERROR) {
                    errors++;
                    cases.append("    <error type=\"ERROR\" message=\"").append(xml(r.message())).append("\">").append(xml(r.wireLog()))
                            .append("</error>\n");
                } else if (v.isFailure(s.strict())) {
                    failures++;
                    cases.append("    <failure type=\"").append(v.label()).append("\" message=\"").append(xml(r.message())).append("\">")
                            .append(xml(r.wireLog())).append("</failure>\n");
                } else if (v == Verdict.UNIMPLEMENTED) {
                    skipped++;
                    cases.append("    <skipped message=\"").append(xml(r.message())).append("\"/>\n");
                } else if (v != Verdict.OK) {
                    cases.append("    <system-out>").append(xml(v.label() + ": " + r.message())).append("</system-out>\n");
                }
                cases.append("  </testcase>\n");
            }
            String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + xml("tor-conformance." + target)
                    + "\" tests=\"" + rs.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\"" + skipped
                    + "\" time=\"" + seconds(total) + "\">\n  <properties>\n    <property name=\"target\" value=\"" + xml(s.targets().get(target))
                    + "\"/>\n    <property name=\"seed\" value=\"" + s.seed() + "\"/>\n  </properties>\n" + cases + "</testsuite>\n";
            Files.writeString(dir.resolve(target + ".xml"), doc);
        }
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** XML 1.0 text: escapes the markup characters and drops the control characters XML forbids. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    } else if (c == '\r') {
                        sb.append("&#13;");
                    } else {
                        sb.append("\\x").append(String.format("%02x", (int) c));
                    }
                }
            }
        }
        return sb.toString();
    }
}
