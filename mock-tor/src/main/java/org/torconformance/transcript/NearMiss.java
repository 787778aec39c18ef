package org.torconformance.transcript;

import java.util.List;
import org.torconformance.wire.ByteString;

/** Explains how a command that arrived differs from what a transcript expected, WireMock-style. */
public final class NearMiss {
    private NearMiss() {
    }

    /** The closest candidate (by edit distance over bytes) and why the actual line is not it. */
    public record Explanation(int stepIndex, String expected, String reason) {
    }

    public static Explanation closest(ByteString actual, List<Candidate> candidates) {
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            int d = c.pattern() instanceof Step.CommandPattern.Exact e ? distance(e.line(), actual) : Integer.MAX_VALUE - 1;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return new Explanation(-1, "", "the transcript expects no more commands");
        }
        return new Explanation(best.stepIndex(), TranscriptWriter.step(new Step.Expect(best.pattern())), reason(best.pattern(), actual));
    }

    public record Candidate(int stepIndex, Step.CommandPattern pattern) {
    }

    static String reason(Step.CommandPattern p, ByteString actual) {
        if (p instanceof Step.CommandPattern.Regex r) {
            return "does not match /" + r.regex().pattern() + "/";
        }
        if (!(p instanceof Step.CommandPattern.Exact e)) {
            return "matches";
        }
        ByteString expected = e.line();
        if (expected.latin1().equalsIgnoreCase(actual.latin1())) {
            return "differs only in letter case";
        }
        if (expected.latin1().replaceAll("\\s+", " ").strip().equals(actual.latin1().replaceAll("\\s+", " ").strip())) {
            return "differs only in whitespace";
        }
        int n = Math.min(expected.length(), actual.length());
        for (int i = 0; i < n; i++) {
            if (expected.at(i) != actual.at(i)) {
                return "differs at byte " + i + ": expected '" + Escapes.encode(expected.slice(i, i + 1))
                        + "', got '" + Escapes.encode(actual.slice(i, i + 1)) + "'";
            }
        }
        return expected.length() > actual.length()
                ? "is missing '" + Escapes.encode(expected.slice(n)) + "' at the end"
                : "has extra '" + Escapes.encode(actual.slice(n)) + "' at the end";
    }

    static int distance(ByteString a, ByteString b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
