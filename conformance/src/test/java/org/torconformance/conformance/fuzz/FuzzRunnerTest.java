package org.torconformance.conformance.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.JtorctlTarget;
import org.torconformance.conformance.target.ReferenceTarget;

class FuzzRunnerTest {
    @Test
    void theReferenceClientHoldsEveryProperty(@TempDir Path dir) throws Exception {
        FuzzOutcome o = new FuzzRunner(new ReferenceTarget(), Timeouts.DEFAULT, dir, Duration.ofSeconds(10)).run(1, 60, Duration.ofSeconds(60), 100);
        assertTrue(o.failure().isEmpty(), () -> "the reference failed: " + o.failure().get().message());
        assertEquals(60, o.casesRun());
        assertTrue(o.coverage().getOrDefault("getinfo:data-block", 0) > 0, "coverage is counted: " + o.coverage());
    }

    @Test
    void aFailureIsShrunkWrittenAndReplays(@TempDir Path dir) throws Exception {
        FuzzRunner runner = new FuzzRunner(new JtorctlTarget(), Timeouts.DEFAULT, dir, Duration.ofSeconds(20));
        FuzzOutcome o = runner.run(1, 300, Duration.ofSeconds(120), 150);
        assertTrue(o.failure().isPresent(), "jtorctl holds every property on 300 cases?");
        FuzzOutcome.Failure f = o.failure().get();
        assertTrue(Files.readString(f.file()).contains("# draws: "), "the file carries its draws");
        assertTrue(runner.replay(f.file()).isPresent(), "the written case still fails on replay");
        FuzzOutcome again = new FuzzRunner(new JtorctlTarget(), Timeouts.DEFAULT, dir.resolve("again"), Duration.ZERO)
                .run(1, 300, Duration.ofSeconds(120), 0);
        assertEquals(f.caseSeed(), again.failure().orElseThrow().caseSeed(), "a fixed seed reproduces the run");
        System.out.println("jtorctl: " + f.message() + " after " + o.casesRun() + " cases; shrunk in " + f.shrinkAttempts()
                + " attempts to " + f.draws().size() + " draws:\n" + Files.readString(f.file()));
    }
}
