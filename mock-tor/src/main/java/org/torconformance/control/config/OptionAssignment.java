package org.torconformance.control.config;

/**
 * One {@code Key value} line to assign, from SETCONF's keyword arguments or a torrc. A torrc key may
 * carry a {@code +} (append to what the defaults gave) or {@code /} (clear) prefix.
 */
public record OptionAssignment(String key, String value, Command command) {
    public enum Command { NORMAL, APPEND, CLEAR }

    public static OptionAssignment of(String key, String value) {
        return new OptionAssignment(key, value, Command.NORMAL);
    }
}
