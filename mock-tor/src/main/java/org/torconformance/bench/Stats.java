package org.torconformance.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Repeats a measurement and keeps the median: the machine is shared, single figures are noise. */
final class Stats {
    private Stats() {
    }

    static double median(int rounds, DoubleSupplier measurement) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            values.add(measurement.getAsDouble());
        }
        return median(values);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double perSecond(long count, long nanos) {
        return count / (nanos / 1e9);
    }
}
