package org.torconformance.control.config;

/** Why a configuration change failed, as tor's {@code setopt_err_t} tells SETCONF and LOADCONF apart. */
public enum SetOptError {
    /** An unknown option (SETCONF: 552). */
    MISC,
    /** A value that does not parse or validate (SETCONF: 513; LOADCONF: 552). */
    PARSE,
    /** A change tor refuses while running (553 Transition not allowed). */
    TRANSITION,
    /** Acting on the new options failed (553 Unable to set option). */
    SETTING
}
