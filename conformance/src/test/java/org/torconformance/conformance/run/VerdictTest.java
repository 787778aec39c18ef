package org.torconformance.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.Unimplemented;

class VerdictTest {
    static Verdict v(Status s, Throwable t, Requirement r) {
        return ResultCollector.verdict(new Result(s, Duration.ZERO, t), r);
    }

    @Test
    void howScenariosEndMapToVerdicts() {
        assertEquals(Verdict.OK, v(Status.PASSED, null, Requirement.MUST));
        assertEquals(Verdict.FAILED, v(Status.FAILED, new AssertionError("x"), Requirement.MUST));
        assertEquals(Verdict.NON_STRICT, v(Status.FAILED, new AssertionError("x"), Requirement.SHOULD));
        assertEquals(Verdict.INFORMATIONAL, v(Status.FAILED, new AssertionError("x"), Requirement.INFO));
        assertEquals(Verdict.FAILED, v(Status.FAILED, new LibraryError("IOException", OptionalInt.empty(), "x"), Requirement.MUST));
        assertEquals(Verdict.UNIMPLEMENTED, v(Status.FAILED, new Unimplemented("lib", "op"), Requirement.MUST));
        assertEquals(Verdict.HANG, v(Status.FAILED, new Hang("lib", "op", Duration.ofSeconds(1)), Requirement.SHOULD));
        assertEquals(Verdict.INFORMATIONAL, v(Status.FAILED, new Hang("lib", "op", Duration.ofSeconds(1)), Requirement.INFO));
        assertEquals(Verdict.ERROR, v(Status.FAILED, new IllegalStateException("harness"), Requirement.MUST));
        assertEquals(Verdict.ERROR, v(Status.UNDEFINED, null, Requirement.MUST));
    }

    @Test
    void globsBecomeNameRegexes() {
        assertEquals("^(\\Qc\\E\\Qs\\E\\Q/\\E\\Q3\\E\\Q.\\E[^\\s]*)\\s", new Selection(java.util.List.of("cs/3.*")).nameRegex().orElseThrow());
    }
}
