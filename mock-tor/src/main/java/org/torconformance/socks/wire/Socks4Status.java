package org.torconformance.socks.wire;

/** The CD byte of a SOCKS4 reply. Tor only sends {@link #GRANTED} and {@link #REJECTED}. */
public record Socks4Status(int code) {
    public static final Socks4Status GRANTED = new Socks4Status(0x5A);
    public static final Socks4Status REJECTED = new Socks4Status(0x5B);
    public static final Socks4Status NO_IDENTD = new Socks4Status(0x5C);
    public static final Socks4Status IDENTD_MISMATCH = new Socks4Status(0x5D);

    public Socks4Status {
        if (code < 0 || code > 0xff) {
            throw new IllegalArgumentException("status is one byte: " + code);
        }
    }

    @Override
    public String toString() {
        return String.format("CD_%02X", code);
    }
}
