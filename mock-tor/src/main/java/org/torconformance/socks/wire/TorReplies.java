package org.torconformance.socks.wire;

/** The reply bytes tor builds at each point of a SOCKS connection, keyed by the recorded SOCKS version. */
final class TorReplies {
    private TorReplies() {
    }

    /**
     * {@code connection_ap_handshake_socks_reply} without a prepared reply: the CONNECT result, and the
     * generic answer to a handshake tor gave up on. Nothing at all while no SOCKS version is recorded.
     */
    static byte[] streamResult(int socksVersion, ClientFamily family, Socks5ReplyCode status) {
        if (socksVersion == 4) {
            boolean ok = status.equals(Socks5ReplyCode.SUCCEEDED);
            return (ok ? Socks4Reply.granted() : Socks4Reply.rejected()).encode();
        } else if (socksVersion == 5) {
            return (family.getsIpv4ShapedReplies() ? Socks5Reply.withZeroIpv4(status) : Socks5Reply.withZeroIpv6(status))
                    .encode();
        }
        return new byte[0];
    }

    /** {@code socks_request_set_socks5_error}: parser-level SOCKS5 errors are always the 10-byte IPv4 shape. */
    static byte[] socks5ParserError(Socks5ReplyCode code) {
        return Socks5Reply.withZeroIpv4(code).encode();
    }

    /** {@code connection_ap_handshake_socks_resolved} with an answer. */
    static byte[] resolved(int socksVersion, SocksAddress answer) {
        if (socksVersion == 4) {
            return answer instanceof SocksAddress.Ipv4 v4 ? Socks4Reply.resolved(v4).encode()
                    : Socks4Reply.rejected().encode();
        } else if (socksVersion == 5) {
            if (answer instanceof SocksAddress.Ipv4 || answer instanceof SocksAddress.Ipv6) {
                return new Socks5Reply(Socks5ReplyCode.SUCCEEDED, 0, answer, 0).encode();
            } else if (answer instanceof SocksAddress.Hostname name && name.name().length < 256) {
                return new Socks5Reply(Socks5ReplyCode.SUCCEEDED, 0, answer, 0).encode();
            }
            return resolveFailure(socksVersion);
        }
        return new byte[0];
    }

    /** {@code connection_ap_handshake_socks_resolved} with an error: ATYP 00 for SOCKS5. */
    static byte[] resolveFailure(int socksVersion) {
        if (socksVersion == 4) {
            return Socks4Reply.rejected().encode();
        } else if (socksVersion == 5) {
            return Socks5Reply.resolveFailure().encode();
        }
        return new byte[0];
    }
}
