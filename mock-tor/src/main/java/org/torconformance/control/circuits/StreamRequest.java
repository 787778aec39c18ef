package org.torconformance.control.circuits;

import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.torconformance.wire.ByteString;

/**
 * An application's request for a stream, as the SOCKS server (or RESOLVE) hands it over.
 *
 * @param address      the destination exactly as the client sent it (tor lower-cases and maps it later)
 * @param port         0 for resolves
 * @param username     SOCKS5 username or SOCKS4 user id, when sent (isolation and SOCKS_USERNAME)
 * @param password     SOCKS5 password, when sent
 * @param client       the application's address; empty for a Unix socket (tor's {@code (Tor_internal)})
 * @param sessionGroup the SocksPort's SessionGroup: -4 for the first SocksPort without one, -5 for the next...
 * @param isolation    the SocksPort's isolation flags
 */
public record StreamRequest(Kind kind, String address, int port, ClientProtocol protocol, Optional<ByteString> username,
                            Optional<ByteString> password, Optional<InetSocketAddress> client, int sessionGroup,
                            Set<IsolationFlag> isolation) {
    /** Tor's session group for the first SocksPort without SessionGroup=. */
    public static final int FIRST_SOCKS_PORT_SESSION_GROUP = -4;
    /** SESSION_GROUP_CONTROL_RESOLVE, used by the RESOLVE command. */
    public static final int CONTROL_RESOLVE_SESSION_GROUP = -3;

    public enum Kind { CONNECT, RESOLVE, RESOLVE_PTR }

    public StreamRequest {
        isolation = isolation.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(isolation));
    }

    /** A SOCKS5 CONNECT from {@code client} on the first SocksPort, with default isolation. */
    public static StreamRequest socks5Connect(String address, int port, InetSocketAddress client) {
        return new StreamRequest(Kind.CONNECT, address, port, ClientProtocol.SOCKS5, Optional.empty(), Optional.empty(),
                Optional.of(client), FIRST_SOCKS_PORT_SESSION_GROUP, IsolationFlag.DEFAULT);
    }

    public StreamRequest withCredentials(ByteString user, ByteString pass) {
        return new StreamRequest(kind, address, port, protocol, Optional.of(user), Optional.of(pass), client, sessionGroup,
                isolation);
    }

    public boolean isResolve() {
        return kind != Kind.CONNECT;
    }

    /**
     * A RESOLVE command's lookup (tor's {@code is_dns_request} without a DNSPort request): its answer
     * goes to the controllers as an ADDRMAP event instead of to an application.
     */
    public boolean answersController() {
        return sessionGroup == CONTROL_RESOLVE_SESSION_GROUP;
    }
}
