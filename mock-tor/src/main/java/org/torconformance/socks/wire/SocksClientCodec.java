package org.torconformance.socks.wire;

import java.util.Arrays;

/**
 * The client side of the wire, for our own raw SOCKS client: builds every request form (well-formed or
 * not) and decodes every reply form tor sends, including the ATYP 00 resolve failure, the 22-byte IPv6
 * shapes and the HTTP 501 page.
 */
public final class SocksClientCodec {
    private SocksClientCodec() {
    }

    public static byte[] greeting(AuthMethod... methods) {
        return Socks5Greeting.of(methods).encode();
    }

    public static byte[] usernamePassword(byte[] username, byte[] password) {
        return UsernamePasswordAuth.of(username, password).encode();
    }

    public static byte[] socks5(SocksCommand command, SocksAddress address, int port) {
        return Socks5Request.of(command, address, port).encode();
    }

    public static byte[] socks4(SocksCommand command, SocksAddress.Ipv4 address, int port, String userId) {
        return Socks4Request.socks4(command, address, port, userId).encode();
    }

    public static byte[] socks4a(SocksCommand command, String hostname, int port, String userId) {
        return Socks4Request.socks4a(command, hostname, port, userId).encode();
    }

    public static Decoded<MethodSelection> decodeMethodSelection(byte[] in) {
        if (in.length < 2) {
            return new Decoded.Incomplete<>();
        }
        return new Decoded.Complete<>(new MethodSelection(Bytes.u8(in[0]), new AuthMethod(Bytes.u8(in[1]))), 2);
    }

    public static Decoded<UsernamePasswordStatus> decodeUsernamePasswordStatus(byte[] in) {
        if (in.length < 2) {
            return new Decoded.Incomplete<>();
        }
        return new Decoded.Complete<>(new UsernamePasswordStatus(Bytes.u8(in[0]), Bytes.u8(in[1])), 2);
    }

    public static Decoded<Socks4Reply> decodeSocks4Reply(byte[] in) {
        if (in.length < Socks4Reply.LENGTH) {
            return new Decoded.Incomplete<>();
        }
        return new Decoded.Complete<>(new Socks4Reply(Bytes.u8(in[0]), new Socks4Status(Bytes.u8(in[1])),
                (Bytes.u8(in[2]) << 8) | Bytes.u8(in[3]), Arrays.copyOfRange(in, 4, 8)), Socks4Reply.LENGTH);
    }

    /** A SOCKS5 reply; ATYP 00 is read as tor sends it, with a four-byte zero address. */
    public static Decoded<Socks5Reply> decodeSocks5Reply(byte[] in) {
        if (in.length >= 1 && in[0] != 5) {
            return new Decoded.Malformed<>(String.format("SOCKS5 reply starts with %02x", in[0]));
        }
        if (in.length < 4) {
            return new Decoded.Incomplete<>();
        }
        int atyp = Bytes.u8(in[3]);
        int addressStart = 4;
        int addressLength;
        if (atyp == SocksAddress.ATYP_IPV4 || atyp == SocksAddress.ATYP_UNSPECIFIED) {
            addressLength = 4;
        } else if (atyp == SocksAddress.ATYP_IPV6) {
            addressLength = 16;
        } else if (atyp == SocksAddress.ATYP_HOSTNAME) {
            if (in.length < 5) {
                return new Decoded.Incomplete<>();
            }
            addressStart = 5;
            addressLength = Bytes.u8(in[4]);
        } else {
            return new Decoded.Malformed<>(String.format("unknown ATYP %02x", atyp));
        }
        int end = addressStart + addressLength + 2;
        if (in.length < end) {
            return new Decoded.Incomplete<>();
        }
        byte[] raw = Arrays.copyOfRange(in, addressStart, addressStart + addressLength);
        SocksAddress address = switch (atyp) {
            case SocksAddress.ATYP_IPV4 -> new SocksAddress.Ipv4(raw);
            case SocksAddress.ATYP_IPV6 -> new SocksAddress.Ipv6(raw);
            case SocksAddress.ATYP_HOSTNAME -> new SocksAddress.Hostname(raw);
            default -> new SocksAddress.Unspecified(raw);
        };
        int port = (Bytes.u8(in[end - 2]) << 8) | Bytes.u8(in[end - 1]);
        return new Decoded.Complete<>(new Socks5Reply(new Socks5ReplyCode(Bytes.u8(in[1])), Bytes.u8(in[2]),
                address, port), end);
    }

    /** Tor's HTTP rejection page, which ends at the NUL byte tor sends after it. */
    public static Decoded<HttpNotAProxy> decodeHttpNotAProxy(byte[] in) {
        byte[] start = Bytes.latin1("HTTP/");
        int compare = Math.min(in.length, start.length);
        if (!Arrays.equals(in, 0, compare, start, 0, compare)) {
            return new Decoded.Malformed<>("not an HTTP response");
        }
        for (int i = 0; i < in.length; i++) {
            if (in[i] == 0) {
                return new Decoded.Complete<>(new HttpNotAProxy(Arrays.copyOf(in, i + 1)), i + 1);
            }
        }
        return new Decoded.Incomplete<>();
    }
}
