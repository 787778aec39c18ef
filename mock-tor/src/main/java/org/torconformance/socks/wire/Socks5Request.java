package org.torconformance.socks.wire;

/**
 * {@code 05 CMD RSV ATYP DST.ADDR DST.PORT}. {@code reserved} should be 0 and is a field so that tests can
 * send the non-zero case tor rejects.
 */
public record Socks5Request(SocksCommand command, int reserved, SocksAddress address, int port)
        implements ClientMessage {

    public Socks5Request {
        if (reserved < 0 || reserved > 0xff) {
            throw new IllegalArgumentException("RSV is one byte");
        }
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port is two bytes: " + port);
        }
    }

    public static Socks5Request of(SocksCommand command, SocksAddress address, int port) {
        return new Socks5Request(command, 0, address, port);
    }

    @Override
    public byte[] encode() {
        return Bytes.concat(new byte[] {5, (byte) command.code(), (byte) reserved, (byte) address.atyp()},
                address.socks5Body(), new byte[] {(byte) (port >> 8), (byte) port});
    }
}
