package org.torconformance.conformance.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Expected failures per target: lines {@code <case-id> <target> <VERDICT>  # why}. A listed case
 * that fails with the listed verdict does not fail the run; one that now passes is stale and
 * does (so the baseline only ever shrinks by intent). A library with a race of its own can end a
 * case either way: {@code HANG|OK} lists each verdict it is known to reach.
 */
public final class Baseline {
    private final Map<String, Set<Verdict>> expected;

    private Baseline(Map<String, Set<Verdict>> expected) {
        this.expected = expected;
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    public static Baseline load(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        Map<String, Set<Verdict>> m = new LinkedHashMap<>();
        try {
            int no = 0;
            for (String line : Files.readAllLines(file)) {
                no++;
                String l = line.replaceFirst("#.*", "").strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] w = l.split("\\s+");
                if (w.length != 3) {
                    throw new IllegalArgumentException(file + ":" + no + ": expected '<case-id> <target> <VERDICT>[|<VERDICT>...]'");
                }
                Set<Verdict> verdicts = new LinkedHashSet<>();
                for (String v : w[2].split("\\|")) {
                    try {
                        verdicts.add(Verdict.valueOf(v.replace('-', '_')));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(file + ":" + no + ": unknown verdict '" + v + "'");
                    }
                }
                m.put(w[0] + " " + w[1], verdicts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Baseline(m);
    }

    public boolean covers(CaseResult r) {
        return expected.getOrDefault(r.key(), Set.of()).contains(r.verdict());
    }

    /** Listed entries whose case ran and no longer ends as listed. */
    public List<String> stale(List<CaseResult> results) {
        List<String> out = new ArrayList<>();
        for (CaseResult r : results) {
            Set<Verdict> v = expected.get(r.key());
            if (v != null && !v.contains(r.verdict())) {
                String listed = v.stream().map(Verdict::label).collect(Collectors.joining("|"));
                out.add(r.key() + " " + listed + "  (now " + r.verdict().label() + ")");
            }
        }
        return out;
    }

    /** The baseline lines that describe {@code results} exactly: paste them to update the file. */
    public static List<String> linesFor(List<CaseResult> results, boolean strict) {
        List<String> out = new ArrayList<>();
        for (CaseResult r : results) {
            if (r.verdict().isFailure(strict) || r.verdict() == Verdict.ERROR) {
                out.add(r.caseId() + " " + r.target() + " " + r.verdict().label() + "  # " + oneLine(r.message()));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        String l = s.replaceAll("\\s+", " ").strip();
        return l.length() > 100 ? l.substring(0, 97) + "..." : l;
    }
}
