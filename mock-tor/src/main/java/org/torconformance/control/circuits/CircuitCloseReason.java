package org.torconformance.control.circuits;

/**
 * Why a circuit ended, as {@code REASON=} names it. {@code remote} closes print
 * {@code REASON=DESTROYED REMOTE_REASON=<reason>}.
 */
public record CircuitCloseReason(String name, boolean remote) {
    public static final CircuitCloseReason REQUESTED = new CircuitCloseReason("REQUESTED", false);
    public static final CircuitCloseReason FINISHED = new CircuitCloseReason("FINISHED", false);
    public static final CircuitCloseReason CONNECTFAILED = new CircuitCloseReason("CONNECTFAILED", false);
    /** No path could be chosen; the circuit dies before LAUNCHED. */
    public static final CircuitCloseReason NOPATH = new CircuitCloseReason("NOPATH", false);
    /** The channel under the circuit went away (DisableNetwork 1 closes every OR connection). */
    public static final CircuitCloseReason CHANNEL_CLOSED = new CircuitCloseReason("CHANNEL_CLOSED", true);
}
