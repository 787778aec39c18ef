package org.torconformance.bench;

import java.util.function.DoublePredicate;

/**
 * One line of the benchmark table: the mock's figure, the reference's (live tor, or the loopback
 * floor where tor cannot be driven), their ratio, and the target with whether it is met.
 */
record Row(String metric, String unit, double mock, double reference, String referenceName, String target, DoublePredicate met,
           boolean onRatio) {
    static final DoublePredicate NONE = v -> true;

    double ratio() {
        return reference == 0 ? Double.NaN : mock / reference;
    }

    String verdict() {
        if (target.isEmpty()) {
            return "";
        }
        return met.test(onRatio ? ratio() : mock) ? "yes" : "NO";
    }
}
