package org.torconformance.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.torconformance.conformance.run.RunSummary;

/** Writes every report of a run into the reports directory. */
public final class Reports {
    private Reports() {
    }

    public static void write(Path dir, RunSummary summary) throws IOException {
        Files.createDirectories(dir);
        JsonReport.write(dir.resolve("index.json"), summary);
        SummaryMarkdown.write(dir.resolve("summary.md"), summary);
        JunitXml.write(dir.resolve("junit"), summary);
        HtmlReport.write(dir, summary);
        NetworkComparison network = NetworkComparison.of(summary);
        if (!network.isEmpty()) {
            NetworkReport.write(dir.resolve("network.html"), network);
        }
    }
}
