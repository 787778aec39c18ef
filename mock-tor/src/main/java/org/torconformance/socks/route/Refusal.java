package org.torconformance.socks.route;

import java.util.Optional;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.Socks5ReplyCode;
import org.torconformance.socks.wire.StreamOutcome;

/**
 * How a refused stream ends: as a RELAY_END reason (the SOCKS reply follows tor's reason-to-REP table), or
 * named by the SOCKS5 reply code the client should see. Tor only ever answers a stream with REP 00-06 or an
 * ExtendedErrors code F0-F7, so only those codes can be asked for; arbitrary bytes are a fault, not a refusal.
 */
public sealed interface Refusal permits Refusal.Unreachable, Refusal.WithReason, Refusal.WithReplyCode {

    /** The outcome tor reports for this refusal; {@code addressLiteral} says whether the destination is an IP. */
    StreamOutcome.Ended outcome(boolean addressLiteral);

    /**
     * The destination does not exist in the mock's world. Tor 0.4.9 answers that with END RESOLVEFAILED
     * (2) when the exit cannot resolve a hostname, and END NOROUTE (8) when it cannot reach an address
     * (EHOSTUNREACH/ENETUNREACH); both give SOCKS5 REP 04 (host unreachable), SOCKS4 CD 5B.
     */
    record Unreachable() implements Refusal {
        @Override
        public StreamOutcome.Ended outcome(boolean addressLiteral) {
            return StreamOutcome.Ended.of(addressLiteral ? EndReason.NOROUTE : EndReason.RESOLVEFAILED);
        }

        @Override
        public String toString() {
            return "unreachable";
        }
    }

    /** An END reason, written in decimal as CLOSESTREAM takes it, or by its control-port name. */
    record WithReason(EndReason reason) implements Refusal {
        @Override
        public StreamOutcome.Ended outcome(boolean addressLiteral) {
            return StreamOutcome.Ended.of(reason);
        }

        @Override
        public String toString() {
            return Integer.toString(reason.code());
        }
    }

    /**
     * A reply code, written in hex ({@code 0x04}, {@code 0xF2}). {@code reason} is the END reason tor would
     * have: for 00-06 one that maps to the code; for F0-F7 the one tor closes such onion streams with, which
     * is what a port without ExtendedErrors sends instead.
     */
    record WithReplyCode(Socks5ReplyCode code, EndReason reason) implements Refusal {
        public WithReplyCode {
            if (!code.isExtendedError() && !reason.toSocks5().equals(code)) {
                throw new IllegalArgumentException("END reason " + reason + " gives " + reason.toSocks5() + ", not " + code);
            }
        }

        public static WithReplyCode of(int code) {
            Socks5ReplyCode rep = Socks5ReplyCode.of(code);
            return new WithReplyCode(rep, defaultReason(rep));
        }

        @Override
        public StreamOutcome.Ended outcome(boolean addressLiteral) {
            return new StreamOutcome.Ended(reason, code.isExtendedError() ? Optional.of(code) : Optional.empty());
        }

        @Override
        public String toString() {
            String hex = String.format("0x%02X", code.code());
            return reason.equals(defaultReason(code)) ? hex : hex + " " + reason.code();
        }

        private static EndReason defaultReason(Socks5ReplyCode code) {
            return switch (code.code()) {
                case 0x00 -> EndReason.NONE;
                case 0x01 -> EndReason.MISC;
                case 0x02 -> EndReason.EXITPOLICY;
                case 0x03 -> EndReason.NET_UNREACHABLE;
                case 0x04, 0xF0, 0xF1, 0xF2, 0xF4, 0xF5 -> EndReason.RESOLVEFAILED;
                case 0x05 -> EndReason.CONNECTREFUSED;
                case 0x06, 0xF3, 0xF7 -> EndReason.TIMEOUT;
                case 0xF6 -> EndReason.TORPROTOCOL;
                default -> throw new IllegalArgumentException(String.format(
                        "tor never ends a stream with REP %02X (only 00-06 and F0-F7); use 'fault garbage HEX'"
                                + " to send arbitrary bytes", code.code()));
            };
        }
    }
}
