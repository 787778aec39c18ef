package org.torconformance.cli;

/** Parsing helpers for option values; every failure is a one-line {@link UsageException}. */
final class Options {
    private Options() {
    }

    static int positiveInt(String option, String value) throws UsageException {
        return atLeast(option, value, 1, "a positive integer");
    }

    static int nonNegativeInt(String option, String value) throws UsageException {
        return atLeast(option, value, 0, "a number 0 or more");
    }

    private static int atLeast(String option, String value, int min, String what) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs " + what + ", got '" + value + "'");
    }
}
