package org.torconformance.socks.wire;

/**
 * {@code 05 REP RSV ATYP BND.ADDR BND.PORT}. Tor sends ATYP 01 or 04 with zero address for stream results
 * (the shape follows the client's socket family), the answer itself for RESOLVE/RESOLVE_PTR, and
 * ATYP 00 padded to ten bytes for a failed resolve.
 */
public record Socks5Reply(Socks5ReplyCode reply, int reserved, SocksAddress address, int port) implements ServerReply {
    private static final SocksAddress.Ipv4 ZERO_IPV4 = new SocksAddress.Ipv4(new byte[4]);
    private static final SocksAddress.Ipv6 ZERO_IPV6 = new SocksAddress.Ipv6(new byte[16]);

    public Socks5Reply {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port is two bytes: " + port);
        }
    }

    /** The 10-byte {@code 05 REP 00 01 00000000 0000} shape. */
    public static Socks5Reply withZeroIpv4(Socks5ReplyCode reply) {
        return new Socks5Reply(reply, 0, ZERO_IPV4, 0);
    }

    /** The 22-byte {@code 05 REP 00 04 <16 zero bytes> 0000} shape. */
    public static Socks5Reply withZeroIpv6(Socks5ReplyCode reply) {
        return new Socks5Reply(reply, 0, ZERO_IPV6, 0);
    }

    /** Tor's failed-resolve reply: {@code 05 04 00 00} and six zero bytes. */
    public static Socks5Reply resolveFailure() {
        return new Socks5Reply(Socks5ReplyCode.HOST_UNREACHABLE, 0, SocksAddress.Unspecified.TOR_FAILURE, 0);
    }

    @Override
    public byte[] encode() {
        return Bytes.concat(new byte[] {5, (byte) reply.code(), (byte) reserved, (byte) address.atyp()},
                address.socks5Body(), new byte[] {(byte) (port >> 8), (byte) port});
    }
}
