package org.torconformance.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders index.html in headless Chromium and checks that the matrix is there, cell by cell. */
class HtmlReportChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theMatrixRendersInChromium(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("chromium is not installed: apt-get install -y chromium");
        }
        Reports.write(dir, SampleRun.summary());
        Path profile = Files.createTempDirectory(dir, "profile");
        ProcessBuilder pb = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--dump-dom", dir.resolve("index.html").toUri().toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        String html = new String(dom, StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"client-matrix\""), "client matrix rendered");
        assertTrue(html.contains("id=\"daemon-matrix\""), "daemon matrix rendered");
        Matcher cells = Pattern.compile("<td class=\"v ([A-Z-]+)( base)?\"").matcher(html);
        int n = 0;
        while (cells.find()) {
            n++;
        }
        assertEquals(SampleRun.summary().results().size(), n, "one coloured cell per result");
        for (String verdict : List.of("OK", "NON-STRICT", "INFORMATIONAL", "UNIMPLEMENTED", "FAILED", "HANG", "ERROR")) {
            assertTrue(html.contains("class=\"v " + verdict), verdict + " cell");
        }
        assertTrue(html.contains("case &lt;OK&gt; &amp; \"quotes\""), "titles are escaped, not markup");
        assertTrue(Files.exists(dir.resolve("cases/cs_3.9_d1.html")), "case page written");
    }
}
