package org.torconformance.socks.journal;

import java.util.List;
import java.util.Optional;
import org.torconformance.socks.wire.Credentials;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;

/**
 * One SOCKS connection's story in the journal: a request, or a handshake that never got that far.
 * {@code nanos} is monotonic time relative to the journal's start; {@code connection} is the reactor's
 * connection id (tor's StreamID is its global connection id too).
 */
public sealed interface SocksJournalEntry {
    long sequence();

    long connection();

    long nanos();

    /** The client's address and port, as {@code 127.0.0.1:54321}. */
    String client();

    /** The SocksPort the client connected to. */
    int listenerPort();

    /** How the client named its destination. */
    enum AddressType { IPV4, IPV6, HOSTNAME }

    /**
     * A complete request message.
     *
     * @param host the destination as the client sent it: dotted quad, IPv6 text, or the hostname (Latin-1)
     * @param destination tor's destination after lower-casing and address mapping, when tor routed it
     * @param route the rule that decided the outcome, in its text form, when routing happened
     * @param dnsLeak true when the client sent an address where the mock's world knows the destination only
     *     by name (see {@code LeakRule})
     * @param leakNote why the request counts as a leak, or not, in words
     * @param events the STATUS_CLIENT event bodies tor emitted for this connection
     */
    record Request(
            long sequence,
            long connection,
            long nanos,
            String client,
            int listenerPort,
            SocksRequest.SocksVersion version,
            SocksCommand command,
            AddressType addressType,
            SocksAddress address,
            String host,
            int port,
            Optional<Credentials> credentials,
            Optional<String> destination,
            Optional<String> route,
            SocksOutcome outcome,
            boolean dnsLeak,
            String leakNote,
            List<String> events) implements SocksJournalEntry {
        public Request {
            events = List.copyOf(events);
        }

        public Request withOutcome(SocksOutcome next) {
            return new Request(sequence, connection, nanos, client, listenerPort, version, command, addressType, address,
                    host, port, credentials, destination, route, next, dnsLeak, leakNote, events);
        }

        public Request withRouting(String routedDestination, String rule) {
            return new Request(sequence, connection, nanos, client, listenerPort, version, command, addressType, address,
                    host, port, credentials, Optional.of(routedDestination), Optional.of(rule), outcome, dnsLeak,
                    leakNote, events);
        }

        public boolean isPending() {
            return outcome instanceof SocksOutcome.Pending;
        }

        /** The RFC 1929 username or SOCKS4 user id, as Latin-1 text. */
        public Optional<String> username() {
            return credentials.map(c -> new String(c.username(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        public Optional<String> password() {
            return credentials.map(c -> new String(c.password(), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }

    /** Why a connection ended without a request. */
    enum HandshakeEnd {
        /** Tor refused what the client sent (garbage, HTTP, bad auth, no acceptable method). */
        PROTOCOL_ERROR,
        /** The client closed the connection first. */
        CLIENT_CLOSED,
        /** SocksTimeout passed while the handshake was incomplete: tor closes silently. */
        TIMED_OUT
    }

    /**
     * A connection that ended before a complete request: {@code received} is what the client sent (at most
     * the first 64 bytes), {@code replied} what the mock answered.
     */
    record Handshake(
            long sequence,
            long connection,
            long nanos,
            String client,
            int listenerPort,
            HandshakeEnd end,
            byte[] received,
            byte[] replied,
            List<String> events) implements SocksJournalEntry {
        public Handshake {
            received = received.clone();
            replied = replied.clone();
            events = List.copyOf(events);
        }

        @Override
        public byte[] received() {
            return received.clone();
        }

        @Override
        public byte[] replied() {
            return replied.clone();
        }

        @Override
        public String toString() {
            java.util.HexFormat hex = java.util.HexFormat.of();
            return "Handshake[#" + sequence + " " + client + " -> :" + listenerPort + " " + end + ", received="
                    + hex.formatHex(received) + ", replied=" + hex.formatHex(replied) + ", events=" + events + "]";
        }
    }
}
