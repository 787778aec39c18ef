package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The runner against scripted targets: a hung, flooding, deaf or crashed target is a recorded difference, never a hang. */
class FidelityRunnerTest {
    static final RunSettings FAST = new RunSettings(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(800), Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(500), false, Path.of("target/fidelity-test"));
    static final Duration BOUND = Duration.ofSeconds(30);
    static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fidelity-runner-test");
        t.setDaemon(true);
        return t;
    });

    /** Released when the tests are over, so the deaf targets' threads end. */
    static final CountDownLatch DONE = new CountDownLatch(1);

    @AfterAll
    static void stop() {
        DONE.countDown();
        POOL.shutdownNow();
    }

    static ScenarioFile file(String scenarios) {
        return ScenarioParser.parse("fake", "@auth none\n" + scenarios);
    }

    /** Runs every scenario of {@code text} against two fakes; the mock is restarted with {@code mock} again. */
    static List<ScenarioResult> run(String text, FakeTarget.Behaviour live, FakeTarget.Behaviour mock) {
        ScenarioFile f = file(text);
        ScenarioRunner runner = new ScenarioRunner(FAST, POOL);
        try (FileTargets targets = FileTargets.start((side, current) -> new FakeTarget(side, side == Side.LIVE ? live : mock))) {
            List<ScenarioResult> out = new ArrayList<>();
            for (Scenario s : f.scenarios()) {
                out.add(runner.run(f, s, targets));
            }
            return out;
        }
    }

    @Test
    void equalAnswersAgreeAndASilentMockDiffers() {
        ScenarioResult same = run("scenario: s\n> GETINFO version\n", FakeTarget.ok(), FakeTarget.ok()).get(0);
        assertEquals(1, same.agreed());
        assertTrue(same.problems().isEmpty(), same.problems()::toString);
        ScenarioResult silent = run("scenario: s\n> GETINFO version\n", FakeTarget.ok(),
                FakeTarget.lines(line -> line.startsWith("AUTHENTICATE") ? "250 OK\r\n" : "")).get(0);
        assertEquals(0, silent.agreed());
        assertEquals("", silent.exchanges().get(0).mock().bytes().latin1());
    }

    @Test
    void aSlowTargetGetsPatienceNotADifference() {
        // answers after 250 ms: later than the 100 ms quiet time, within quiet + 300 ms patience
        FakeTarget.Behaviour slow = FakeTarget.lines(line -> {
            if (!line.startsWith("AUTHENTICATE")) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
            return "250 OK\r\n";
        });
        ScenarioResult r = run("scenario: s\n> A\n", FakeTarget.ok(), slow).get(0);
        assertEquals(1, r.agreed(), () -> r.exchanges().toString());
    }

    @Test
    void aFloodingTargetIsCutAtTheExchangeBound() {
        FakeTarget.Behaviour flood = s -> {
            OutputStream out = s.getOutputStream();
            byte[] event = "650 BW 0 0\r\n".getBytes(StandardCharsets.US_ASCII);
            while (true) {
                out.write(event);
                out.flush();
            }
        };
        ScenarioResult r = assertTimeoutPreemptively(BOUND, () -> run("scenario: s\n@preauth\n> PROTOCOLINFO\n", FakeTarget.ok(), flood).get(0));
        Response mock = r.exchanges().get(0).mock();
        assertTrue(mock.problem().orElse("").startsWith("never quiet"), mock.problem()::toString);
        assertEquals(0, r.agreed());
    }

    @Test
    void aTargetThatNeverReadsCannotBlockTheWriter() {
        FakeTarget.Behaviour deaf = s -> {
            try {
                DONE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        String huge = "> GETINFO \\{16000000}x\n";
        ScenarioResult r = assertTimeoutPreemptively(BOUND,
                () -> run("scenario: s\n@preauth\n" + huge + "> GETINFO version\n", FakeTarget.ok(), deaf).get(0));
        Response mock = r.exchanges().get(0).mock();
        assertTrue(mock.problem().orElse("").startsWith("hung"), mock.problem()::toString);
        assertTrue(r.exchanges().get(1).mock().problem().orElse("").startsWith("not sent"));
        assertEquals(0, r.agreed());
    }

    @Test
    void aCrashedTargetIsRestartedAndReported() {
        ScenarioFile f = file("scenario: one\n> A\n\nscenario: two\n> B\n");
        ScenarioRunner runner = new ScenarioRunner(FAST, POOL);
        List<FakeTarget> mocks = new ArrayList<>();
        try (FileTargets targets = FileTargets.start((side, current) -> {
            FakeTarget t = new FakeTarget(side, FakeTarget.ok());
            if (side == Side.MOCK) {
                mocks.add(t);
            }
            return t;
        })) {
            assertTrue(runner.run(f, f.scenarios().get(0), targets).problems().isEmpty());
            mocks.get(0).kill();
            ScenarioResult second = runner.run(f, f.scenarios().get(1), targets);
            assertEquals(List.of("mock had stopped before this scenario and was restarted"), second.problems());
            assertEquals(1, second.agreed(), "the scenario runs on the restarted target");
            assertEquals(2, mocks.size());
        }
    }

    @Test
    void aTargetThatDiesDuringAScenarioIsReportedThereAndRestartedForTheNext() {
        ScenarioFile f = file("scenario: one\n> CRASH\n\nscenario: two\n> B\n");
        ScenarioRunner runner = new ScenarioRunner(FAST, POOL);
        List<FakeTarget> mocks = new ArrayList<>();
        try (FileTargets targets = FileTargets.start((side, current) -> {
            if (side == Side.LIVE) {
                return new FakeTarget(side, FakeTarget.ok());
            }
            FakeTarget[] self = new FakeTarget[1];
            self[0] = new FakeTarget(side, FakeTarget.lines(line -> {
                if (line.equals("CRASH")) {
                    self[0].kill();
                    return null;
                }
                return "250 OK\r\n";
            }));
            mocks.add(self[0]);
            return self[0];
        })) {
            ScenarioResult first = runner.run(f, f.scenarios().get(0), targets);
            assertEquals(List.of("mock died during this scenario"), first.problems());
            ScenarioResult second = runner.run(f, f.scenarios().get(1), targets);
            assertTrue(second.problems().isEmpty(), second.problems()::toString);
            assertEquals(1, second.agreed());
            assertEquals(2, mocks.size());
        }
    }

    @Test
    void aTargetThatRefusesConnectionsIsAProblemAndADifference() {
        ScenarioFile f = file("scenario: s\n> A\n");
        ScenarioRunner runner = new ScenarioRunner(FAST, POOL);
        try (FileTargets targets = FileTargets.start((side, current) -> new FakeTarget(side, FakeTarget.ok()))) {
            ((FakeTarget) targets.get(Side.MOCK)).refuseConnections();
            ScenarioResult r = assertTimeoutPreemptively(BOUND, () -> runner.run(f, f.scenarios().get(0), targets));
            assertTrue(r.problems().get(0).startsWith("mock: cannot connect"), r.problems()::toString);
            assertEquals(0, r.agreed());
        }
    }

    @Test
    void whatWouldEnableTheNetworkNeverReachesTheLiveTor() {
        List<String> liveSaw = new java.util.concurrent.CopyOnWriteArrayList<>();
        FakeTarget.Behaviour recording = FakeTarget.lines(line -> {
            liveSaw.add(line);
            return "250 OK\r\n";
        });
        ScenarioResult r = run("scenario: s\n> SETCONF DisableNetwork=0\n> A\n", recording, FakeTarget.ok()).get(0);
        assertEquals(List.of("AUTHENTICATE", "A"), liveSaw);
        assertTrue(r.problems().get(0).startsWith("not sent to the live tor: 'SETCONF DisableNetwork=0'"), r.problems()::toString);
        assertEquals(1, r.agreed());
    }

    @Test
    void aFailedAuthenticationIsAProblem() {
        ScenarioResult r = run("scenario: s\n> A\n", FakeTarget.ok(), FakeTarget.lines(line -> "515 Authentication failed: no\r\n")).get(0);
        assertTrue(r.problems().get(0).startsWith("mock: cannot connect: authentication failed: 515 Authentication failed: no"),
                r.problems()::toString);
    }

    @Test
    void closesAreComparedAndExpectCloseIsChecked() {
        FakeTarget.Behaviour closer = FakeTarget.lines(line -> line.equals("QUIT") ? null : "250 OK\r\n");
        ScenarioResult both = run("scenario: s\n@expect-close\n> QUIT\n", closer, closer).get(0);
        assertTrue(both.problems().isEmpty(), both.problems()::toString);
        assertEquals(1, both.agreed());
        ScenarioResult mockStays = run("scenario: s\n@expect-close\n> QUIT\n", closer, FakeTarget.ok()).get(0);
        assertEquals(List.of("@expect-close: the mock did not close the connection within 500 ms"), mockStays.problems());
        assertEquals(0, mockStays.agreed(), "the close itself is part of the comparison");
        assertTrue(mockStays.exchanges().get(0).live().orElseThrow().closed());
        ScenarioResult afterClose = run("scenario: s\n> QUIT\n> A\n", closer, closer).get(0);
        assertTrue(afterClose.exchanges().get(1).mock().problem().orElse("").startsWith("not sent"));
    }

    @Test
    void malformedMockOutputIsReportedUnlessItIsTorsOwn() {
        FakeTarget.Behaviour bareLf = FakeTarget.lines(line -> line.startsWith("AUTH") ? "250 OK\r\n" : "250 OK\n");
        ScenarioResult bad = run("scenario: s\n> A\n", FakeTarget.ok(), bareLf).get(0);
        assertEquals(1, bad.malformed().size(), bad.malformed()::toString);
        assertTrue(bad.malformed().get(0).contains("line not terminated by CRLF"));
        ScenarioResult same = run("scenario: s\n> A\n", bareLf, bareLf).get(0);
        assertTrue(same.malformed().isEmpty(), "the live tor wrote the same bytes");
        ScenarioResult mockOnly = run("scenario: s\n@skip-live would hurt tor\n> A\n", FakeTarget.ok(), bareLf).get(0);
        assertEquals(1, mockOnly.malformed().size());
        assertEquals(0, mockOnly.compared());
    }

    @Test
    void exchangesReachBothTargetsAtTheSameTime() {
        // each target answers "together" only if the other one got the same line while it waits
        java.util.Map<String, CountDownLatch> arrivals = new java.util.concurrent.ConcurrentHashMap<>();
        FakeTarget.Behaviour meet = FakeTarget.lines(line -> {
            CountDownLatch both = arrivals.computeIfAbsent(line, l -> new CountDownLatch(2));
            both.countDown();
            try {
                return both.await(3, java.util.concurrent.TimeUnit.SECONDS) ? "250 together\r\n" : "250 alone\r\n";
            } catch (InterruptedException e) {
                return "250 interrupted\r\n";
            }
        });
        ScenarioResult r = run("scenario: s\n@preauth\n> A\n> B\n", meet, meet).get(0);
        assertEquals(2, r.agreed());
        assertEquals("250 together\r\n", r.exchanges().get(1).mock().bytes().latin1());
    }
}
