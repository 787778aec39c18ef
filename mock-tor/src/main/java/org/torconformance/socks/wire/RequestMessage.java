package org.torconformance.socks.wire;

import java.util.Optional;

/**
 * A SOCKS4 or SOCKS5 request message exactly as the client sent it, whether tor went on with it or refused
 * it: what a journal records about every request, including the ones tor answers without routing them.
 *
 * @param version the SOCKS dialect of the request message
 * @param command the CMD byte, known to tor or not
 * @param address the destination as sent: an IPv4 or IPv6 address, or hostname bytes
 * @param port the destination port as sent
 * @param credentials the RFC 1929 credentials or SOCKS4 user id, if the client sent any
 */
public record RequestMessage(
        SocksRequest.SocksVersion version,
        SocksCommand command,
        SocksAddress address,
        int port,
        Optional<Credentials> credentials) {

    /** True when the client named the destination by an address (SOCKS4, SOCKS5 ATYP 01 or 04). */
    public boolean sentAddressLiteral() {
        return address instanceof SocksAddress.Ipv4 || address instanceof SocksAddress.Ipv6;
    }
}
