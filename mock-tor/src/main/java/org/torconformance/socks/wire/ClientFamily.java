package org.torconformance.socks.wire;

/**
 * The address family of the client's socket. Tor shapes stream-result SOCKS5 replies by it: 10 bytes
 * (ATYP 01) for an IPv4 client, 22 bytes (ATYP 04) for anything else, Unix sockets included.
 */
public enum ClientFamily {
    IPV4, IPV6, UNIX;

    boolean getsIpv4ShapedReplies() {
        return this == IPV4;
    }
}
