package org.torconformance.cli.dropin;

/**
 * One {@code Key value} line of a torrc or of tor's command line. A key written {@code +Key} adds to
 * the option's earlier values ({@link Op#APPEND}); {@code /Key} resets the option ({@link Op#CLEAR}).
 */
public record ConfigLine(String key, String value, Op op) {
    public enum Op { SET, APPEND, CLEAR }

    /** Reads tor's {@code +} and {@code /} key prefixes. */
    public static ConfigLine of(String rawKey, String value) {
        if (rawKey.startsWith("+")) {
            return new ConfigLine(rawKey.substring(1), value, Op.APPEND);
        }
        if (rawKey.startsWith("/")) {
            return new ConfigLine(rawKey.substring(1), "", Op.CLEAR);
        }
        return new ConfigLine(rawKey, value, Op.SET);
    }
}
