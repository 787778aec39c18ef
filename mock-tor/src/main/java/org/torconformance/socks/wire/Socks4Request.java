package org.torconformance.socks.wire;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code 04 CD PORT(2) IP(4) USERID 00 [HOSTNAME 00]}. It is SOCKS4a when the IP is 0.0.0.x with x != 0;
 * the hostname is then sent after the user id. Fields are taken as given, so malformed requests can be built.
 */
public record Socks4Request(SocksCommand command, int port, byte[] ipv4, byte[] userId, Optional<byte[]> hostname)
        implements ClientMessage {

    /** The IP tor's SOCKS4a convention uses to say "hostname follows": 0.0.0.1. */
    public static final byte[] SOCKS4A_MARKER = {0, 0, 0, 1};

    public Socks4Request {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port is two bytes: " + port);
        }
        if (ipv4.length != 4) {
            throw new IllegalArgumentException("SOCKS4 address is 4 bytes");
        }
        ipv4 = Bytes.copy(ipv4);
        userId = Bytes.copy(userId);
        hostname = hostname.map(Bytes::copy);
    }

    public static Socks4Request socks4(SocksCommand command, SocksAddress.Ipv4 address, int port, String userId) {
        return new Socks4Request(command, port, address.octets(), Bytes.latin1(userId), Optional.empty());
    }

    public static Socks4Request socks4a(SocksCommand command, String hostname, int port, String userId) {
        return new Socks4Request(command, port, SOCKS4A_MARKER, Bytes.latin1(userId),
                Optional.of(Bytes.latin1(hostname)));
    }

    @Override
    public byte[] ipv4() {
        return Bytes.copy(ipv4);
    }

    @Override
    public byte[] userId() {
        return Bytes.copy(userId);
    }

    @Override
    public Optional<byte[]> hostname() {
        return hostname.map(Bytes::copy);
    }

    @Override
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(4);
        out.write(command.code());
        out.write(port >> 8);
        out.write(port);
        out.writeBytes(ipv4);
        out.writeBytes(userId);
        out.write(0);
        hostname.ifPresent(h -> {
            out.writeBytes(h);
            out.write(0);
        });
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Socks4Request other && command.equals(other.command) && port == other.port
                && Arrays.equals(ipv4, other.ipv4) && Arrays.equals(userId, other.userId)
                && hostname.isPresent() == other.hostname.isPresent()
                && (hostname.isEmpty() || Arrays.equals(hostname.get(), other.hostname.get()));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "Socks4Request[" + Bytes.hex(encode()) + "]";
    }
}
