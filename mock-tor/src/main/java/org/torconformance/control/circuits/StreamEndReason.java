package org.torconformance.control.circuits;

import java.util.Optional;
import org.torconformance.socks.wire.EndReason;

/**
 * Why a stream ended: a RELAY_END reason (0-255, as CLOSESTREAM takes them) or one of tor's local
 * reasons (257 and up), possibly sent by the exit ({@code remote}). Decides the STREAM event's
 * {@code REASON=} and the reply a SOCKS client gets.
 */
public record StreamEndReason(int code, boolean remote) {
    public static final StreamEndReason NONE = local(0);
    public static final StreamEndReason MISC = local(1);
    public static final StreamEndReason RESOLVEFAILED = local(2);
    public static final StreamEndReason CONNECTREFUSED = local(3);
    public static final StreamEndReason DESTROY = local(5);
    public static final StreamEndReason DONE = local(6);
    public static final StreamEndReason TIMEOUT = local(7);
    public static final StreamEndReason HIBERNATING = local(9);
    public static final StreamEndReason INTERNAL = local(10);
    public static final StreamEndReason TORPROTOCOL = local(13);
    public static final StreamEndReason SOCKS_PROTOCOL = local(259);
    public static final StreamEndReason PRIVATE_ADDR = local(262);

    public static StreamEndReason local(int code) {
        return new StreamEndReason(code, false);
    }

    /** An END cell from the exit: {@code REASON=END REMOTE_REASON=<reason>}. */
    public static StreamEndReason fromExit(int code) {
        return new StreamEndReason(code, true);
    }

    /** Tor's {@code stream_end_reason_to_control_string}; empty for codes it has no name for. */
    public Optional<String> controlName() {
        String name = asEndReason().controlName();
        return name.startsWith("UNKNOWN_") ? Optional.empty() : Optional.of(name);
    }

    /**
     * The {@code REASON=} value of a STREAM event, or empty for reason 0. Tor writes an unnamed
     * reason as {@code " UNKNOWN_<n>"}, space included, hence {@code REASON= UNKNOWN_20} on the wire.
     */
    public Optional<String> eventReason() {
        if (code == 0) {
            return Optional.empty();
        }
        String name = controlName().orElse(" UNKNOWN_" + code);
        return Optional.of(remote ? "END REMOTE_REASON=" + name : name);
    }

    /** Tor's {@code stream_end_reason_to_socks5_response}: the SOCKS5 REP byte (section 7.6 of the facts). */
    public int socks5Reply() {
        return asEndReason().toSocks5().code();
    }

    /** The SOCKS side's table of reason names and replies, which this shares. */
    private EndReason asEndReason() {
        return new EndReason(code);
    }

    /** SOCKS4 has only granted (0x5A) and rejected (0x5B). */
    public int socks4Reply() {
        return socks5Reply() == 0 ? 0x5A : 0x5B;
    }
}
