package org.torconformance.conformance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two event sequences (longest common subsequence): every line of either side, marked
 * as in both, only in the first, or only in the second, in an order that keeps both sides' order.
 */
public final class SequenceDiff {
    public enum Side { BOTH, FIRST_ONLY, SECOND_ONLY }

    public record Line(Side side, String text) {
        @Override
        public String toString() {
            return switch (side) {
                case BOTH -> "  " + text;
                case FIRST_ONLY -> "- " + text;
                case SECOND_ONLY -> "+ " + text;
            };
        }
    }

    private SequenceDiff() {
    }

    public static List<Line> of(List<String> first, List<String> second) {
        int n = first.size();
        int m = second.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = first.get(i).equals(second.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && first.get(i).equals(second.get(j))) {
                out.add(new Line(Side.BOTH, first.get(i++)));
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Side.FIRST_ONLY, first.get(i++)));
            } else {
                out.add(new Line(Side.SECOND_ONLY, second.get(j++)));
            }
        }
        return out;
    }

    /** Only the lines that differ. */
    public static List<Line> differences(List<String> first, List<String> second) {
        return of(first, second).stream().filter(l -> l.side() != Side.BOTH).toList();
    }
}
