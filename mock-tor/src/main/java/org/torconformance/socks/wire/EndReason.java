package org.torconformance.socks.wire;

/**
 * Why a stream ended: a RELAY_END reason (1-15) or one of tor's local reasons (257+). Decides the reply
 * a SOCKS client gets when its CONNECT fails.
 */
public record EndReason(int code) {
    public static final EndReason NONE = new EndReason(0);
    public static final EndReason MISC = new EndReason(1);
    public static final EndReason RESOLVEFAILED = new EndReason(2);
    public static final EndReason CONNECTREFUSED = new EndReason(3);
    public static final EndReason EXITPOLICY = new EndReason(4);
    public static final EndReason DESTROY = new EndReason(5);
    public static final EndReason DONE = new EndReason(6);
    public static final EndReason TIMEOUT = new EndReason(7);
    public static final EndReason NOROUTE = new EndReason(8);
    public static final EndReason HIBERNATING = new EndReason(9);
    public static final EndReason INTERNAL = new EndReason(10);
    public static final EndReason RESOURCELIMIT = new EndReason(11);
    public static final EndReason CONNRESET = new EndReason(12);
    public static final EndReason TORPROTOCOL = new EndReason(13);
    public static final EndReason NOTDIRECTORY = new EndReason(14);
    public static final EndReason CANT_ATTACH = new EndReason(257);
    public static final EndReason NET_UNREACHABLE = new EndReason(258);
    public static final EndReason SOCKSPROTOCOL = new EndReason(259);
    public static final EndReason CANT_FETCH_ORIG_DEST = new EndReason(260);
    public static final EndReason INVALID_NATD_DEST = new EndReason(261);
    public static final EndReason PRIVATE_ADDR = new EndReason(262);
    public static final EndReason HTTPPROTOCOL = new EndReason(263);
    /**
     * The port's own policy refused the stream (OnionTrafficOnly, NoOnionTraffic, RejectPlaintextPorts...).
     * Tor 0.4.9.11 keeps it among its local reasons, 264 (STREAM events say {@code REASON= UNKNOWN_264});
     * 15, its number in older tors, is now unknown: CLOSESTREAM with 15 gives REP 01, not 02.
     */
    public static final EndReason ENTRYPOLICY = new EndReason(264);

    /** Tor's {@code stream_end_reason_to_socks5_response}; anything unrecognised is a general failure. */
    public Socks5ReplyCode toSocks5() {
        return switch (code) {
            case 0 -> Socks5ReplyCode.SUCCEEDED;
            case 2, 8 -> Socks5ReplyCode.HOST_UNREACHABLE;
            case 3, 6, 12 -> Socks5ReplyCode.CONNECTION_REFUSED;
            case 4, 264 -> Socks5ReplyCode.NOT_ALLOWED;
            case 7 -> Socks5ReplyCode.TTL_EXPIRED;
            case 258 -> Socks5ReplyCode.NETWORK_UNREACHABLE;
            default -> Socks5ReplyCode.GENERAL_FAILURE;
        };
    }

    /** Tor's {@code stream_end_reason_to_control_string} name; {@code UNKNOWN_<n>} where it has none. */
    public String controlName() {
        return switch (code) {
            case 1 -> "MISC";
            case 2 -> "RESOLVEFAILED";
            case 3 -> "CONNECTREFUSED";
            case 4 -> "EXITPOLICY";
            case 5 -> "DESTROY";
            case 6 -> "DONE";
            case 7 -> "TIMEOUT";
            case 8 -> "NOROUTE";
            case 9 -> "HIBERNATING";
            case 10 -> "INTERNAL";
            case 11 -> "RESOURCELIMIT";
            case 12 -> "CONNRESET";
            case 13 -> "TORPROTOCOL";
            case 14 -> "NOTDIRECTORY";
            case 257 -> "CANT_ATTACH";
            case 258 -> "NET_UNREACHABLE";
            case 259 -> "SOCKS_PROTOCOL";
            case 262 -> "PRIVATE_ADDR";
            case 263 -> "HTTP_PROTOCOL";
            default -> "UNKNOWN_" + code;
        };
    }

    @Override
    public String toString() {
        return controlName();
    }
}
