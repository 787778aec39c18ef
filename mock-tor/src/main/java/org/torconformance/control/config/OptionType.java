package org.torconformance.control.config;

import java.util.Arrays;

/**
 * Tor's configuration value types, under the names {@code GETINFO config/names} prints. Several C
 * types share a printed name ({@code Integer} is both a non-negative int and a uint64); the
 * {@link OptionDef.Parse} of an option tells them apart.
 */
public enum OptionType {
    STRING("String"),
    FILENAME("Filename"),
    INTEGER("Integer"),
    SIGNED_INTEGER("SignedInteger"),
    DATA_SIZE("DataSize"),
    TIME_INTERVAL("TimeInterval"),
    TIME_MSEC_INTERVAL("TimeMsecInterval"),
    FLOAT("Float"),
    BOOLEAN("Boolean"),
    AUTO_BOOLEAN("Boolean+Auto"),
    TIME("Time"),
    COMMA_LIST("CommaList"),
    ROUTER_LIST("RouterList"),
    /** Every line is kept, in order; one SETCONF replaces them all. */
    LINE_LIST("LineList"),
    /** A member of a group whose lines are stored together in the group's {@link #VIRTUAL} option. */
    DEPENDENT("Dependent"),
    /** A group's whole line list ({@code HiddenServiceOptions}, {@code SocksPortLines}); never assigned directly. */
    VIRTUAL("Virtual"),
    /** Accepted and ignored; never has a value. Not listed in {@code config/names}. */
    OBSOLETE("Obsolete");

    private final String torName;

    OptionType(String torName) {
        this.torName = torName;
    }

    public String torName() {
        return torName;
    }

    public static OptionType ofTorName(String name) {
        return Arrays.stream(values()).filter(t -> t.torName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown option type " + name));
    }

    /** Values accumulate line by line (tor's {@code VTFLAG_CUMULATIVE}). */
    public boolean isLineList() {
        return this == LINE_LIST || this == DEPENDENT || this == VIRTUAL;
    }

    /**
     * Stored inside another option or nowhere (tor's {@code VTFLAG_CONTAINED}): never compared for
     * CONF_CHANGED, never written by SAVECONF; the group's virtual option stands for it.
     */
    public boolean isContained() {
        return this == DEPENDENT || this == OBSOLETE;
    }

    /** An unset value still encodes, as the empty string ({@code GETCONF ExitNodes} → {@code 250 ExitNodes=}). */
    public boolean unsetEncodesEmpty() {
        return this == COMMA_LIST || this == ROUTER_LIST;
    }
}
