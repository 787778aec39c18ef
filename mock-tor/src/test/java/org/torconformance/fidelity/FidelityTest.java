package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.torconformance.livetor.LiveTor;

/**
 * The proof that the mock answers as tor 0.4.9.11 does: every {@code fidelity/*.scenarios} file
 * runs against a live tor and the mock, one dynamic test per scenario (its name carries the
 * agreement). A scenario fails on malformed mock output, on a target that could not be reached or
 * authenticated, on an unmet {@code @expect-close} and, with {@code -Dfidelity.strict=true}, on any
 * difference; the last test requires {@value #REQUIRED} overall agreement and writes
 * target/fidelity/report.json and report.md.
 */
class FidelityTest {
    static final double REQUIRED = 0.95;
    static final String TOR_VERSION = "0.4.9.11";

    private static final RunSettings SETTINGS = RunSettings.fromSystemProperties();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fidelity-exchange");
        t.setDaemon(true);
        return t;
    });
    private static final List<FileRun> RUNS = new ArrayList<>();

    @AfterAll
    static void stopEverything() {
        RUNS.forEach(FileRun::close);
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicNode> fidelity() {
        ScenarioRunner runner = new ScenarioRunner(SETTINGS, POOL);
        for (Path p : ScenarioFiles.paths(ScenarioFiles.directory())) {
            RUNS.add(new FileRun(p, runner));
        }
        Stream<DynamicNode> installed = Stream.of(dynamicTest("tor " + TOR_VERSION + " is installed",
                () -> assertEquals(TOR_VERSION, LiveTor.version(), "the fidelity suite compares the mock with tor " + TOR_VERSION)));
        Stream<DynamicNode> files = RUNS.stream().map(run -> dynamicContainer(run.name(), lazily(new FileNodes(run))));
        Stream<DynamicNode> overall = Stream.of(dynamicTest("overall agreement ≥ " + (int) (REQUIRED * 100) + "%", FidelityTest::overall));
        return Stream.of(installed, files, overall).flatMap(s -> s);
    }

    private static void overall() {
        List<FileResult> results = RUNS.stream().map(FileRun::result).toList();
        FidelityReport.write(SETTINGS.reportDir(), TOR_VERSION, SETTINGS, results);
        Agreement total = FidelityReport.overall(results);
        String perFile = results.stream().map(r -> "  " + r.file() + ": " + r.agreement()).collect(Collectors.joining("\n"));
        System.out.println("fidelity agreement per file:\n" + perFile + "\n  overall: " + total
                + "\n  report: " + SETTINGS.reportDir().toAbsolutePath().resolve("report.md"));
        List<String> malformed = results.stream().flatMap(f -> f.scenarios().stream())
                .flatMap(s -> s.malformed().stream().map(m -> s.file() + " / " + s.name() + ": " + m)).toList();
        List<String> notStarted = results.stream().filter(r -> r.startFailure().isPresent())
                .map(r -> r.file() + ": " + r.startFailure().get()).toList();
        assertTrue(notStarted.isEmpty(), () -> "scenario files that did not run:\n" + String.join("\n", notStarted));
        assertTrue(malformed.isEmpty(), () -> "the mock wrote output ReplyDecoder cannot frame:\n" + String.join("\n", malformed));
        assertTrue(total.rate() >= REQUIRED, () -> "agreement " + total + " is below " + (int) (REQUIRED * 100) + "%:\n" + perFile
                + "\nsee " + SETTINGS.reportDir().toAbsolutePath().resolve("report.md"));
    }

    /**
     * A file's tests, produced one at a time: JUnit runs each before asking for the next, so the
     * targets start when the file's first test is produced and each scenario runs when its test is.
     */
    private static final class FileNodes implements Iterator<DynamicNode> {
        private final FileRun run;
        private boolean started;
        private int next;

        FileNodes(FileRun run) {
            this.run = run;
        }

        @Override
        public boolean hasNext() {
            return !started || next < run.scenarios().size();
        }

        @Override
        public DynamicNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!started) {
                started = true;
                run.start();
                return dynamicTest("live tor and mock start", () -> run.startFailure().ifPresent(why -> fail(why)));
            }
            Scenario s = run.scenarios().get(next++);
            ScenarioResult r = run.run(s);
            return dynamicTest(label(r), () -> check(r));
        }
    }

    private static String label(ScenarioResult r) {
        if (r.skipLive().isPresent()) {
            return r.name() + " [mock only]";
        }
        return r.name() + (r.agreed() == r.compared() ? " [agree " : " [DIFFERS ") + r.agreed() + "/" + r.compared() + "]";
    }

    private static void check(ScenarioResult r) {
        assertTrue(r.problems().isEmpty(), () -> String.join("\n", r.problems()));
        assertTrue(r.malformed().isEmpty(), () -> "malformed mock output:\n" + String.join("\n", r.malformed()));
        if (SETTINGS.strict()) {
            assertFalse(r.agreed() < r.compared(), () -> differences(r));
        }
    }

    private static String differences(ScenarioResult r) {
        StringBuilder sb = new StringBuilder("differences:");
        for (ExchangeResult e : r.exchanges()) {
            if (e.verdict() == ExchangeResult.Verdict.DIFFER) {
                sb.append("\n").append(e.index()).append(". sent ").append(FidelityReport.shorten(e.sent(), 200))
                        .append("\n   live: ").append(FidelityReport.escaped(e.liveNormalized().orElseThrow().bytes(), 2000))
                        .append(e.live().orElseThrow().closed() ? " (closed)" : "")
                        .append("\n   mock: ").append(FidelityReport.escaped(e.mockNormalized().bytes(), 2000))
                        .append(e.mock().closed() ? " (closed)" : "");
            }
        }
        return sb.toString();
    }

    private static <T> Stream<T> lazily(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
