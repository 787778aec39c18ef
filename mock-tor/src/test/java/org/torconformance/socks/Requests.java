package org.torconformance.socks;

import java.nio.charset.StandardCharsets;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksCommand;

/** Test helper: SOCKS request messages in hex. */
final class Requests {
    static final String GREETING = "050100";
    static final String GREETING_OK = "0500";
    /** A v3 onion address tor accepts (RFC 8032 test key 1). */
    static final String VALID_ONION = "25njqamcweflpvkl73j4szahhihoc4xt3ktcgjnpaingr5yhkenl5sid.onion";

    private Requests() {
    }

    static String connect(String host, int port) {
        return socks5(SocksCommand.CONNECT, host, port);
    }

    static String resolve(String host) {
        return socks5(SocksCommand.RESOLVE, host, 0);
    }

    static String socks5(SocksCommand command, String host, int port) {
        return RawSocks.hex(SocksClientCodec.socks5(command, SocksAddress.hostname(host), port));
    }

    static String socks5Ip(SocksCommand command, SocksAddress address, int port) {
        return RawSocks.hex(SocksClientCodec.socks5(command, address, port));
    }

    static String socks4a(SocksCommand command, String host, int port, String user) {
        return RawSocks.hex(SocksClientCodec.socks4a(command, host, port, user));
    }

    static String socks4(SocksCommand command, SocksAddress.Ipv4 ip, int port, String user) {
        return RawSocks.hex(SocksClientCodec.socks4(command, ip, port, user));
    }

    static String auth(String user, String password) {
        return RawSocks.hex(SocksClientCodec.usernamePassword(user.getBytes(StandardCharsets.ISO_8859_1),
                password.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static String ascii(String text) {
        return RawSocks.hex(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A SOCKS5 stream reply with zero address, for an IPv4 client. */
    static String reply(int rep) {
        return String.format("05%02x0001000000000000", rep);
    }
}
