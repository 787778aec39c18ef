package org.torconformance.cli;

/** Parsing helpers for option values; every failure is a one-line {@link UsageException}. */
final class Options {
    private Options() {
    }

    static int positiveInt(String option, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a positive integer, got '" + value + "'");
    }

    static int nonNegativeInt(String option, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a number 0 or more, got '" + value + "'");
    }
}
