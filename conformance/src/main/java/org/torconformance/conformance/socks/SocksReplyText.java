package org.torconformance.conformance.socks;

import java.nio.charset.StandardCharsets;
import org.torconformance.socks.wire.Decoded;
import org.torconformance.socks.wire.Socks5Reply;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksClientCodec;

/** What a run of bytes from a SocksPort means, in words, for failure messages: hex first, then a reading. */
public final class SocksReplyText {
    private SocksReplyText() {
    }

    public static String describe(byte[] bytes) {
        if (bytes.length == 0) {
            return "nothing";
        }
        String hex = bytes.length > 48 ? bytes.length + " bytes starting " + HexText.format(java.util.Arrays.copyOf(bytes, 24))
                : "\"" + HexText.format(bytes) + "\"";
        return hex + reading(bytes).map(r -> " (" + r + ")").orElse("");
    }

    private static java.util.Optional<String> reading(byte[] b) {
        if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/")) {
            String text = new String(b, StandardCharsets.ISO_8859_1);
            int eol = text.indexOf("\r\n");
            return java.util.Optional.of("an HTTP response, " + b.length + " bytes: " + (eol < 0 ? text : text.substring(0, eol)));
        }
        if (b.length == 2 && b[0] == 5) {
            return java.util.Optional.of(String.format("SOCKS5 method choice %02x", b[1]));
        }
        if (b.length == 2 && b[0] == 1) {
            return java.util.Optional.of(String.format("RFC 1929 status %02x", b[1]));
        }
        if (b.length == 8 && b[0] == 0) {
            return java.util.Optional.of(String.format("SOCKS4 reply CD %02x", b[1]));
        }
        if (b[0] == 5 && SocksClientCodec.decodeSocks5Reply(b) instanceof Decoded.Complete<Socks5Reply> c
                && c.length() == b.length) {
            Socks5Reply r = c.value();
            return java.util.Optional.of(String.format("SOCKS5 reply REP %02x, ATYP %02x, %s port %d", r.reply().code(),
                    r.address().atyp(), address(r.address()), r.port()));
        }
        return java.util.Optional.empty();
    }

    private static String address(SocksAddress a) {
        if (a instanceof SocksAddress.Ipv4 v4) {
            return v4.dotted();
        } else if (a instanceof SocksAddress.Ipv6 v6) {
            return v6.text();
        } else if (a instanceof SocksAddress.Hostname h) {
            return h.latin1();
        }
        return HexText.format(a.socks5Body());
    }
}
