package org.torconformance.socks.wire;

/** The REP byte of a SOCKS5 reply: RFC 1928 codes plus tor's extended onion-service errors (Prop 304). */
public record Socks5ReplyCode(int code) {
    public static final Socks5ReplyCode SUCCEEDED = new Socks5ReplyCode(0x00);
    public static final Socks5ReplyCode GENERAL_FAILURE = new Socks5ReplyCode(0x01);
    public static final Socks5ReplyCode NOT_ALLOWED = new Socks5ReplyCode(0x02);
    public static final Socks5ReplyCode NETWORK_UNREACHABLE = new Socks5ReplyCode(0x03);
    public static final Socks5ReplyCode HOST_UNREACHABLE = new Socks5ReplyCode(0x04);
    public static final Socks5ReplyCode CONNECTION_REFUSED = new Socks5ReplyCode(0x05);
    public static final Socks5ReplyCode TTL_EXPIRED = new Socks5ReplyCode(0x06);
    public static final Socks5ReplyCode COMMAND_NOT_SUPPORTED = new Socks5ReplyCode(0x07);
    public static final Socks5ReplyCode ADDRESS_TYPE_NOT_SUPPORTED = new Socks5ReplyCode(0x08);
    /** ExtendedErrors: onion service descriptor not found. */
    public static final Socks5ReplyCode ONION_DESCRIPTOR_NOT_FOUND = new Socks5ReplyCode(0xF0);
    /** ExtendedErrors: onion service descriptor invalid. */
    public static final Socks5ReplyCode ONION_DESCRIPTOR_INVALID = new Socks5ReplyCode(0xF1);
    /** ExtendedErrors: onion service introduction failed. */
    public static final Socks5ReplyCode ONION_INTRODUCTION_FAILED = new Socks5ReplyCode(0xF2);
    /** ExtendedErrors: onion service rendezvous failed. */
    public static final Socks5ReplyCode ONION_RENDEZVOUS_FAILED = new Socks5ReplyCode(0xF3);
    /** ExtendedErrors: onion service needs client authorization. */
    public static final Socks5ReplyCode ONION_MISSING_CLIENT_AUTH = new Socks5ReplyCode(0xF4);
    /** ExtendedErrors: onion service client authorization is wrong. */
    public static final Socks5ReplyCode ONION_WRONG_CLIENT_AUTH = new Socks5ReplyCode(0xF5);
    /** ExtendedErrors: the onion address is invalid (checksum, key or encoding). */
    public static final Socks5ReplyCode ONION_BAD_ADDRESS = new Socks5ReplyCode(0xF6);
    /** ExtendedErrors: onion service introduction timed out. */
    public static final Socks5ReplyCode ONION_INTRODUCTION_TIMED_OUT = new Socks5ReplyCode(0xF7);

    public Socks5ReplyCode {
        if (code < 0 || code > 0xff) {
            throw new IllegalArgumentException("reply code is one byte: " + code);
        }
    }

    public static Socks5ReplyCode of(int code) {
        return new Socks5ReplyCode(code);
    }

    /** True for the 0xF0-0xF7 codes a port only sends when it has the ExtendedErrors flag. */
    public boolean isExtendedError() {
        return code >= 0xF0 && code <= 0xF7;
    }

    @Override
    public String toString() {
        return String.format("REP_%02X", code);
    }
}
