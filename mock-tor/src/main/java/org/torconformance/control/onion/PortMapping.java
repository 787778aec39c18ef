package org.torconformance.control.onion;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** One {@code Port=VIRTPORT[,TARGET]} of an onion service: where its virtual port leads. */
record PortMapping(int virtualPort, Target target) {
    sealed interface Target {
    }

    record TcpTarget(InetAddress address, int port) implements Target {
    }

    record UnixTarget(String path) implements Target {
    }

    private static final String UNIX_PREFIX = "unix:";

    /**
     * Parses the value as tor's {@code hs_parse_port_config}: the virtual port (1-65535), then
     * optionally a target, which is {@code unix:PATH}, an address with an optional port (see
     * {@link TargetAddress}), or a bare port. The target defaults to 127.0.0.1 and the virtual
     * port. Empty where tor answers {@code 512 Invalid VIRTPORT/TARGET}.
     */
    static Optional<PortMapping> parse(String value) {
        List<String> pieces = SmartlistSplit.split(value, ",", true, true, 2);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        var virtual = TorLong.parse(pieces.get(0), 1, 65535);
        if (virtual.isEmpty()) {
            return Optional.empty();
        }
        int virtualPort = (int) virtual.getAsLong();
        if (pieces.size() == 1) {
            return Optional.of(new PortMapping(virtualPort, new TcpTarget(TargetAddress.IPV4_LOOPBACK, virtualPort)));
        }
        return target(pieces.get(1), virtualPort).map(t -> new PortMapping(virtualPort, t));
    }

    private static Optional<Target> target(String element, int virtualPort) {
        if (element.startsWith(UNIX_PREFIX)) {
            return Optional.of(new UnixTarget(element.substring(UNIX_PREFIX.length())));
        }
        if (element.indexOf(':') >= 0 || element.indexOf('.') >= 0) {
            return TargetAddress.lookup(element)
                    .map(r -> new TcpTarget(r.address(), r.port() != 0 ? r.port() : virtualPort));
        }
        var port = TorLong.parse(element, 1, 65535);
        return port.isPresent()
                ? Optional.of(new TcpTarget(TargetAddress.IPV4_LOOPBACK, (int) port.getAsLong()))
                : Optional.empty();
    }
}
