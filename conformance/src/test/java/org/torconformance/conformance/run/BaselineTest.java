package org.torconformance.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private Baseline load(String text) throws IOException {
        Path f = dir.resolve("baseline.txt");
        Files.writeString(f, text);
        return Baseline.load(f);
    }

    private static CaseResult result(String caseId, String target, Verdict v) {
        return new CaseResult(caseId, "t", target, "f", List.of(), Requirement.MUST, v, "m", 1, "", "1");
    }

    @Test
    void aListedVerdictIsCoveredAndAnyOtherIsStale() throws IOException {
        Baseline b = load("# comment\ncs/1/4 jtorctl HANG  # why\n");
        assertTrue(b.covers(result("cs/1/4", "jtorctl", Verdict.HANG)));
        assertFalse(b.covers(result("cs/1/4", "stem", Verdict.HANG)), "per target");
        assertFalse(b.covers(result("cs/1/4", "jtorctl", Verdict.FAILED)));
        assertEquals(List.of("cs/1/4 jtorctl HANG  (now OK)"), b.stale(List.of(result("cs/1/4", "jtorctl", Verdict.OK))));
    }

    @Test
    void aRacyLibraryListsEachVerdictItReaches() throws IOException {
        Baseline b = load("cs/1/7 jtorctl HANG|OK  # a race inside jtorctl\n");
        assertTrue(b.covers(result("cs/1/7", "jtorctl", Verdict.HANG)));
        assertTrue(b.covers(result("cs/1/7", "jtorctl", Verdict.OK)));
        assertEquals(List.of(), b.stale(List.of(result("cs/1/7", "jtorctl", Verdict.OK))));
        assertEquals(List.of("cs/1/7 jtorctl HANG|OK  (now FAILED)"), b.stale(List.of(result("cs/1/7", "jtorctl", Verdict.FAILED))));
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load("cs/1/7 jtorctl\n"));
        assertTrue(e.getMessage().endsWith("baseline.txt:1: expected '<case-id> <target> <VERDICT>[|<VERDICT>...]'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> load("\ncs/1/7 jtorctl BROKEN\n"));
        assertTrue(e.getMessage().endsWith("baseline.txt:2: unknown verdict 'BROKEN'"), e.getMessage());
    }
}
