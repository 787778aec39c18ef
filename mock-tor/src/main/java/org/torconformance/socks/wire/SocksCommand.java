package org.torconformance.socks.wire;

/**
 * The CMD byte of a SOCKS4 or SOCKS5 request. Any byte value can arrive on the wire, so this is a
 * value over the whole byte range with names for the ones tor knows.
 */
public record SocksCommand(int code) {
    public static final SocksCommand CONNECT = new SocksCommand(0x01);
    public static final SocksCommand BIND = new SocksCommand(0x02);
    public static final SocksCommand UDP_ASSOCIATE = new SocksCommand(0x03);
    /** Tor extension: resolve a hostname to an address. */
    public static final SocksCommand RESOLVE = new SocksCommand(0xF0);
    /** Tor extension: reverse-resolve an address to a hostname. */
    public static final SocksCommand RESOLVE_PTR = new SocksCommand(0xF1);

    public SocksCommand {
        if (code < 0 || code > 0xff) {
            throw new IllegalArgumentException("command is one byte: " + code);
        }
    }

    public static SocksCommand of(int code) {
        return new SocksCommand(code);
    }

    public boolean isKnown() {
        return equals(CONNECT) || equals(BIND) || equals(UDP_ASSOCIATE) || equals(RESOLVE) || equals(RESOLVE_PTR);
    }

    public String name() {
        if (equals(CONNECT)) {
            return "CONNECT";
        } else if (equals(BIND)) {
            return "BIND";
        } else if (equals(UDP_ASSOCIATE)) {
            return "UDP_ASSOCIATE";
        } else if (equals(RESOLVE)) {
            return "RESOLVE";
        } else if (equals(RESOLVE_PTR)) {
            return "RESOLVE_PTR";
        }
        return String.format("UNKNOWN_%02X", code);
    }

    @Override
    public String toString() {
        return name();
    }
}
