package org.torconformance.socks.wire;

import java.util.Arrays;

/**
 * A STATUS_CLIENT event tor emits while handling a SOCKS connection. {@link #body()} is the exact text tor
 * puts after {@code 650 STATUS_CLIENT WARN }, quoting quirks included (SOCKS_UNKNOWN_PROTOCOL's DATA is
 * wrapped in two pairs of quotes by tor).
 */
public sealed interface ClientStatusEvent
        permits ClientStatusEvent.SocksUnknownProtocol, ClientStatusEvent.SocksBadHostname,
        ClientStatusEvent.DangerousSocks, ClientStatusEvent.DangerousPort {

    /** Tor emits all of these at WARN. */
    default String severity() {
        return "WARN";
    }

    /** The event's status keyword, e.g. {@code SOCKS_BAD_HOSTNAME}. */
    String action();

    /** The action and its arguments, byte for byte as tor writes them. */
    String body();

    /**
     * The first byte was not 4, 5 or 1. {@code data} is what tor quotes: the first at most eight bytes of
     * the message, cut at the first NUL.
     */
    record SocksUnknownProtocol(byte[] data) implements ClientStatusEvent {
        public SocksUnknownProtocol {
            data = Bytes.copy(data);
        }

        /** Tor's view of the start of an unrecognised message. */
        static SocksUnknownProtocol of(byte[] buffer, int offset, int length) {
            int end = offset + Math.min(8, length);
            int cut = offset;
            while (cut < end && buffer[cut] != 0) {
                cut++;
            }
            return new SocksUnknownProtocol(Arrays.copyOfRange(buffer, offset, cut));
        }

        @Override
        public byte[] data() {
            return Bytes.copy(data);
        }

        @Override
        public String action() {
            return "SOCKS_UNKNOWN_PROTOCOL";
        }

        @Override
        public String body() {
            return "SOCKS_UNKNOWN_PROTOCOL DATA=\"" + TorEscape.forLog(Bytes.latin1(data)) + "\"";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SocksUnknownProtocol other && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return body();
        }
    }

    /** A destination tor refused as a hostname (.exit, bad onion, odd characters). Latin-1 text. */
    record SocksBadHostname(String hostname) implements ClientStatusEvent {
        @Override
        public String action() {
            return "SOCKS_BAD_HOSTNAME";
        }

        @Override
        public String body() {
            return "SOCKS_BAD_HOSTNAME HOSTNAME=" + TorEscape.forLog(hostname);
        }

        @Override
        public String toString() {
            return body();
        }
    }

    /** The client gave tor an IP address instead of a hostname (a possible DNS leak). */
    record DangerousSocks(int socksVersion, String address, int port) implements ClientStatusEvent {
        @Override
        public String action() {
            return "DANGEROUS_SOCKS";
        }

        @Override
        public String body() {
            return "DANGEROUS_SOCKS PROTOCOL=SOCKS" + socksVersion + " ADDRESS=" + address + ":" + port;
        }

        @Override
        public String toString() {
            return body();
        }
    }

    /** A CONNECT to a port listed in WarnPlaintextPorts; {@code rejected} if also in RejectPlaintextPorts. */
    record DangerousPort(int port, boolean rejected) implements ClientStatusEvent {
        @Override
        public String action() {
            return "DANGEROUS_PORT";
        }

        @Override
        public String body() {
            return "DANGEROUS_PORT PORT=" + port + " RESULT=" + (rejected ? "REJECT" : "WARN");
        }

        @Override
        public String toString() {
            return body();
        }
    }
}
