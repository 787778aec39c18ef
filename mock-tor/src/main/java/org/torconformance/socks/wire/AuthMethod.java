package org.torconformance.socks.wire;

/** A SOCKS5 authentication method byte, as offered in a greeting or chosen in the server's answer. */
public record AuthMethod(int code) {
    public static final AuthMethod NO_AUTH = new AuthMethod(0x00);
    public static final AuthMethod GSSAPI = new AuthMethod(0x01);
    public static final AuthMethod USERNAME_PASSWORD = new AuthMethod(0x02);
    public static final AuthMethod NO_ACCEPTABLE_METHODS = new AuthMethod(0xFF);

    public AuthMethod {
        if (code < 0 || code > 0xff) {
            throw new IllegalArgumentException("method is one byte: " + code);
        }
    }

    @Override
    public String toString() {
        return String.format("METHOD_%02X", code);
    }
}
