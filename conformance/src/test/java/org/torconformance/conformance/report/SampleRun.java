package org.torconformance.conformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.torconformance.conformance.run.CaseResult;
import org.torconformance.conformance.run.Requirement;
import org.torconformance.conformance.run.RunSummary;
import org.torconformance.conformance.run.Verdict;

/** A run with every verdict, awkward text (markup, control bytes, non-ASCII) included. */
final class SampleRun {
    private SampleRun() {
    }

    static RunSummary summary() {
        List<CaseResult> results = new ArrayList<>();
        Verdict[] all = Verdict.values();
        for (int i = 0; i < all.length; i++) {
            String target = i % 2 == 0 ? "jtorctl" : "stem";
            results.add(new CaseResult("cs/3." + (i + 1) + "/1", "case <" + all[i].label() + "> & \"quotes\"", target, "x.feature",
                    List.of("@client", "@MUST"), Requirement.MUST, all[i], "expected \"a\\r\\n\" got \u0001 \u00e9 <b>", 12 + i,
                    "C> GETINFO x\\r\\n\nS< 250 OK\\r\\n\n", "42"));
        }
        results.add(new CaseResult("cs/3.9/d1", "daemon case", "mock", "y.feature", List.of("@daemon", "@MUST"), Requirement.MUST,
                Verdict.OK, "", 3, "", "42"));
        results.add(new CaseResult("cs/3.9/d1", "daemon case", "tor", "y.feature", List.of("@daemon", "@MUST"), Requirement.MUST,
                Verdict.FAILED, "differs", 4, "", "42"));
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("jtorctl", "jtorctl 0.4.5.7");
        targets.put("stem", "stem 1.8.1");
        targets.put("mock", "mock-tor");
        targets.put("tor", "tor 0.4.9.11");
        return new RunSummary(results, targets, Set.of("cs/3.9/d1 tor"), List.of("cs/3.5/1 jtorctl FAILED: x"), List.of(),
                List.of("cs/3.5/1 jtorctl FAILED  # x"), 42, false, 1, 1234);
    }
}
