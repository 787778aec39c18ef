package org.torconformance.socks.route;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/** The right side of a route: what becomes of a stream whose destination the route covers. */
public sealed interface RouteAction permits RouteAction.Connect, RouteAction.Refuse, RouteAction.Resolve,
        RouteAction.Delay, RouteAction.Fault {

    /** The only host the mock connects to: it must never send traffic off the machine. */
    String LOOPBACK = "127.0.0.1";

    /** The address a name routed by this action resolves to, if it names one (RESOLVE answers, leak checks). */
    Optional<SocksAddress> resolvesTo();

    /**
     * Connect to 127.0.0.1, on {@code port} or, when absent, on the port the client asked for. {@code address}
     * is what the routed name resolves to: the answer to a RESOLVE of it, and an address a client may send
     * for it instead of the name. Without one the name resolves to 127.0.0.1, where the mock connects; a
     * site with an address of its own ({@code connect 127.0.0.1:8080 as 198.18.0.1}) serves clients such as
     * torsocks, which resolve through tor and refuse to connect to a loopback answer.
     */
    record Connect(OptionalInt port, Optional<SocksAddress> address) implements RouteAction {
        public Connect {
            if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
                throw new IllegalArgumentException("port must be 1-65535, got " + port.getAsInt());
            }
            if (address.isPresent() && !(address.get() instanceof SocksAddress.Ipv4
                    || address.get() instanceof SocksAddress.Ipv6)) {
                throw new IllegalArgumentException("a name resolves to an IPv4 or IPv6 address, not " + address.get());
            }
        }

        public Connect(OptionalInt port) {
            this(port, Optional.empty());
        }

        public static Connect requestedPort() {
            return new Connect(OptionalInt.empty());
        }

        public static Connect port(int port) {
            return new Connect(OptionalInt.of(port));
        }

        /** The same connection, for a name that resolves to {@code resolvesTo}. */
        public Connect as(SocksAddress resolvesTo) {
            return new Connect(port, Optional.of(resolvesTo));
        }

        @Override
        public Optional<SocksAddress> resolvesTo() {
            return address.or(() -> Optional.of(SocksAddress.ipv4(127, 0, 0, 1)));
        }

        @Override
        public String toString() {
            return "connect " + LOOPBACK + (port.isPresent() ? ":" + port.getAsInt() : "")
                    + address.map(a -> " as " + TorAddresses.decorated(a)).orElse("");
        }
    }

    /** Fail the stream. A RESOLVE gets tor's resolve failure whatever the refusal says. */
    record Refuse(Refusal refusal) implements RouteAction {
        @Override
        public Optional<SocksAddress> resolvesTo() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "refuse " + refusal;
        }
    }

    /**
     * Answer a RESOLVE with this IPv4/IPv6 address, or a RESOLVE_PTR with this hostname. A CONNECT to a
     * destination routed this way is unreachable: the rule only describes DNS.
     */
    record Resolve(SocksAddress answer) implements RouteAction {
        public Resolve {
            if (!(answer instanceof SocksAddress.Ipv4 || answer instanceof SocksAddress.Ipv6
                    || answer instanceof SocksAddress.Hostname)) {
                throw new IllegalArgumentException("a resolve answer is an address or a hostname: " + answer);
            }
        }

        @Override
        public Optional<SocksAddress> resolvesTo() {
            return answer instanceof SocksAddress.Hostname ? Optional.empty() : Optional.of(answer);
        }

        @Override
        public String toString() {
            return "resolve " + (answer instanceof SocksAddress.Hostname name ? name.latin1()
                    : TorAddresses.decorated(answer));
        }
    }

    /** Wait, then do {@code then}. The stream stays pending meanwhile (SocksTimeout still applies). */
    record Delay(Duration delay, RouteAction then) implements RouteAction {
        public Delay {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("negative delay " + delay);
            }
        }

        @Override
        public Optional<SocksAddress> resolvesTo() {
            return then.resolvesTo();
        }

        @Override
        public String toString() {
            return "delay " + RouteParser.formatDuration(delay) + " then " + then;
        }
    }

    /** Misbehave; {@code bytes} is what {@link FaultKind#GARBAGE} writes (empty for the other kinds). */
    record Fault(FaultKind kind, byte[] bytes) implements RouteAction {
        /** What {@code fault garbage} writes without explicit bytes: no SOCKS reply starts like this. */
        public static final byte[] DEFAULT_GARBAGE = "\u00ff\u00fegarbage\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        public Fault {
            bytes = bytes.clone();
            if (kind != FaultKind.GARBAGE && bytes.length > 0) {
                throw new IllegalArgumentException("only a garbage fault carries bytes");
            }
        }

        public static Fault of(FaultKind kind) {
            return new Fault(kind, kind == FaultKind.GARBAGE ? DEFAULT_GARBAGE : new byte[0]);
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public Optional<SocksAddress> resolvesTo() {
            return Optional.empty();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fault other && kind == other.kind && java.util.Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            boolean customBytes = kind == FaultKind.GARBAGE && !java.util.Arrays.equals(bytes, DEFAULT_GARBAGE);
            return "fault " + name + (customBytes ? " " + HexFormat.of().formatHex(bytes) : "");
        }
    }
}
