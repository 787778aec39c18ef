package org.torconformance.socks.wire;

import java.util.Arrays;

/** {@code VN CD PORT(2) IP(4)}: eight bytes; tor sends VN 0 and zeroes port and IP except for RESOLVE answers. */
public record Socks4Reply(int version, Socks4Status status, int port, byte[] ipv4) implements ServerReply {
    public static final int LENGTH = 8;

    public Socks4Reply {
        if (ipv4.length != 4) {
            throw new IllegalArgumentException("SOCKS4 reply address is 4 bytes");
        }
        ipv4 = Bytes.copy(ipv4);
    }

    public static Socks4Reply granted() {
        return new Socks4Reply(0, Socks4Status.GRANTED, 0, new byte[4]);
    }

    public static Socks4Reply rejected() {
        return new Socks4Reply(0, Socks4Status.REJECTED, 0, new byte[4]);
    }

    /** Tor's answer to a successful SOCKS4 RESOLVE: the address in the IP field, port 0. */
    public static Socks4Reply resolved(SocksAddress.Ipv4 address) {
        return new Socks4Reply(0, Socks4Status.GRANTED, 0, address.octets());
    }

    @Override
    public byte[] ipv4() {
        return Bytes.copy(ipv4);
    }

    @Override
    public byte[] encode() {
        return Bytes.concat(new byte[] {(byte) version, (byte) status.code(), (byte) (port >> 8), (byte) port}, ipv4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Socks4Reply other && Arrays.equals(encode(), other.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "Socks4Reply[" + Bytes.hex(encode()) + "]";
    }
}
