package org.torconformance.socks.wire;

import java.util.Arrays;

/**
 * An address as it travels in a SOCKS message: the SOCKS5 ATYP forms, plus the two forms that only
 * appear in malformed requests ({@link OtherType}) or in tor's resolve-failure reply ({@link Unspecified}).
 */
public sealed interface SocksAddress
        permits SocksAddress.Ipv4, SocksAddress.Ipv6, SocksAddress.Hostname,
        SocksAddress.Unspecified, SocksAddress.OtherType {

    int ATYP_UNSPECIFIED = 0x00;
    int ATYP_IPV4 = 0x01;
    int ATYP_HOSTNAME = 0x03;
    int ATYP_IPV6 = 0x04;

    /** The SOCKS5 ATYP byte for this address. */
    int atyp();

    /** The bytes that follow ATYP in a SOCKS5 message. */
    byte[] socks5Body();

    static Ipv4 ipv4(int a, int b, int c, int d) {
        return new Ipv4(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    static Hostname hostname(String latin1Name) {
        return new Hostname(Bytes.latin1(latin1Name));
    }

    record Ipv4(byte[] octets) implements SocksAddress {
        public Ipv4 {
            if (octets.length != 4) {
                throw new IllegalArgumentException("IPv4 address is 4 bytes, got " + octets.length);
            }
            octets = Bytes.copy(octets);
        }

        @Override
        public byte[] octets() {
            return Bytes.copy(octets);
        }

        @Override
        public int atyp() {
            return ATYP_IPV4;
        }

        @Override
        public byte[] socks5Body() {
            return octets();
        }

        /** Dotted quad, as tor prints it. */
        public String dotted() {
            return Ipv4Text.format(octets);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ipv4 other && Arrays.equals(octets, other.octets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(octets);
        }

        @Override
        public String toString() {
            return "Ipv4[" + dotted() + "]";
        }
    }

    record Ipv6(byte[] octets) implements SocksAddress {
        public Ipv6 {
            if (octets.length != 16) {
                throw new IllegalArgumentException("IPv6 address is 16 bytes, got " + octets.length);
            }
            octets = Bytes.copy(octets);
        }

        @Override
        public byte[] octets() {
            return Bytes.copy(octets);
        }

        @Override
        public int atyp() {
            return ATYP_IPV6;
        }

        @Override
        public byte[] socks5Body() {
            return octets();
        }

        /** Tor's text form, without brackets. */
        public String text() {
            return Ipv6Text.format(octets);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ipv6 other && Arrays.equals(octets, other.octets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(octets);
        }

        @Override
        public String toString() {
            return "Ipv6[" + text() + "]";
        }
    }

    /** A hostname exactly as sent: any bytes, including NUL and non-ASCII. */
    record Hostname(byte[] name) implements SocksAddress {
        public Hostname {
            name = Bytes.copy(name);
        }

        @Override
        public byte[] name() {
            return Bytes.copy(name);
        }

        @Override
        public int atyp() {
            return ATYP_HOSTNAME;
        }

        @Override
        public byte[] socks5Body() {
            if (name.length > 255) {
                throw new IllegalStateException("a SOCKS5 hostname has at most 255 bytes, got " + name.length);
            }
            return Bytes.concat(new byte[] {(byte) name.length}, name);
        }

        public String latin1() {
            return Bytes.latin1(name);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Hostname other && Arrays.equals(name, other.name);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(name);
        }

        @Override
        public String toString() {
            return "Hostname[" + TorEscape.forLog(Bytes.latin1(name)) + "]";
        }
    }

    /**
     * ATYP 0x00, which RFC 1928 does not define: tor's RESOLVE failure reply carries it, followed by
     * four zero bytes where an IPv4 address would be.
     */
    record Unspecified(byte[] raw) implements SocksAddress {
        public static final Unspecified TOR_FAILURE = new Unspecified(new byte[4]);

        public Unspecified {
            if (raw.length != 4) {
                throw new IllegalArgumentException("tor pads ATYP 0 with 4 bytes, got " + raw.length);
            }
            raw = Bytes.copy(raw);
        }

        @Override
        public byte[] raw() {
            return Bytes.copy(raw);
        }

        @Override
        public int atyp() {
            return ATYP_UNSPECIFIED;
        }

        @Override
        public byte[] socks5Body() {
            return raw();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Unspecified other && Arrays.equals(raw, other.raw);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(raw);
        }

        @Override
        public String toString() {
            return "Unspecified[" + Bytes.hex(raw) + "]";
        }
    }

    /** Any other ATYP byte, with whatever bytes a test wants to put after it. */
    record OtherType(int atyp, byte[] body) implements SocksAddress {
        public OtherType {
            if (atyp < 0 || atyp > 0xff) {
                throw new IllegalArgumentException("ATYP is one byte: " + atyp);
            }
            body = Bytes.copy(body);
        }

        @Override
        public byte[] body() {
            return Bytes.copy(body);
        }

        @Override
        public byte[] socks5Body() {
            return body();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OtherType other && atyp == other.atyp && Arrays.equals(body, other.body);
        }

        @Override
        public int hashCode() {
            return 31 * atyp + Arrays.hashCode(body);
        }

        @Override
        public String toString() {
            return String.format("OtherType[%02X %s]", atyp, Bytes.hex(body));
        }
    }
}
