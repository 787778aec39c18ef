package org.torconformance.control.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/**
 * The names SIGNAL accepts, in the order of tor 0.4.9's signal table (which is also the order of
 * {@code GETINFO signal/names}). INT is SIGTERM in tor's table, so it halts like HALT, although
 * the spec says it shuts down like SHUTDOWN.
 */
public enum SignalName {
    RELOAD(Signal.RELOAD),
    HUP(Signal.RELOAD),
    SHUTDOWN(Signal.SHUTDOWN),
    DUMP(Signal.DUMP),
    USR1(Signal.DUMP),
    DEBUG(Signal.DEBUG),
    USR2(Signal.DEBUG),
    HALT(Signal.HALT),
    TERM(Signal.HALT),
    INT(Signal.HALT),
    NEWNYM(Signal.NEWNYM),
    CLEARDNSCACHE(Signal.CLEARDNSCACHE),
    HEARTBEAT(Signal.HEARTBEAT),
    ACTIVE(Signal.ACTIVE),
    DORMANT(Signal.DORMANT);

    private final Signal signal;

    SignalName(Signal signal) {
        this.signal = signal;
    }

    public Signal signal() {
        return signal;
    }

    /** Tor compares signal names with {@code strcasecmp}. */
    public static Optional<SignalName> lookup(ByteString name) {
        return Arrays.stream(values()).filter(n -> name.equalsIgnoreCase(n.name())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
