package org.torconformance.socks.wire;

import java.util.Optional;

/**
 * A complete, accepted SOCKS request, handed to whatever routes streams.
 *
 * @param version the SOCKS dialect the request came in
 * @param kind what the client asked for
 * @param address the destination exactly as sent (a hostname may hold any bytes, cut at NUL by tor)
 * @param port the destination port as sent
 * @param credentials the isolation credentials, if the client sent any
 * @param destination tor's destination string after lower-casing and address mapping (Latin-1)
 * @param destinationKind how tor classified the destination
 */
public record SocksRequest(
        SocksVersion version,
        Kind kind,
        SocksAddress address,
        int port,
        Optional<Credentials> credentials,
        String destination,
        DestinationKind destinationKind) {

    public enum Kind { CONNECT, RESOLVE, RESOLVE_PTR }

    public enum SocksVersion { SOCKS4, SOCKS4A, SOCKS5 }

    /** NORMAL covers hostnames and IP literals; EXIT only arises from a mapping to a {@code .exit} name. */
    public enum DestinationKind { NORMAL, ONION, EXIT }
}
