package org.torconformance.control.events;

/**
 * What a SIGNAL does, named as tor names it in {@code 650 SIGNAL} events: the first entry of
 * tor's signal table for that signal number.
 */
public enum Signal {
    /** SIGHUP: re-read the configuration. */
    RELOAD,
    /** SIGINT: a client exits now, a relay after ShutdownWaitLength. */
    SHUTDOWN,
    /** SIGUSR1: log statistics. */
    DUMP,
    /** SIGUSR2: switch logs to debug. */
    DEBUG,
    /** SIGTERM: exit now. */
    HALT,
    NEWNYM,
    CLEARDNSCACHE,
    HEARTBEAT,
    ACTIVE,
    DORMANT;

    /** Whether the mocked tor stops; tor writes no SIGNAL event for these. */
    public boolean exits() {
        return this == SHUTDOWN || this == HALT;
    }
}
