package org.torconformance.socks;

import java.util.Arrays;
import java.util.Optional;
import org.torconformance.socks.wire.Decoded;
import org.torconformance.socks.wire.Socks4Reply;
import org.torconformance.socks.wire.Socks5Reply;
import org.torconformance.socks.wire.SocksClientCodec;
import org.torconformance.socks.wire.SocksRequest;

/**
 * The reply to the request at the end of what the session wrote in one read. A greeting and a request in
 * the same read are answered with {@code 05 00} followed by the request's reply, so the request's reply is
 * the tail.
 */
final class FinalReply {
    private FinalReply() {
    }

    static Optional<Socks5Reply> socks5(byte[] written) {
        for (int start : new int[] {0, 2}) {
            if (written.length > start
                    && SocksClientCodec.decodeSocks5Reply(Arrays.copyOfRange(written, start, written.length))
                            instanceof Decoded.Complete<Socks5Reply> c
                    && c.length() == written.length - start) {
                return Optional.of(c.value());
            }
        }
        return Optional.empty();
    }

    static Optional<Socks4Reply> socks4(byte[] written) {
        if (written.length < Socks4Reply.LENGTH) {
            return Optional.empty();
        }
        byte[] tail = Arrays.copyOfRange(written, written.length - Socks4Reply.LENGTH, written.length);
        return SocksClientCodec.decodeSocks4Reply(tail) instanceof Decoded.Complete<Socks4Reply> c
                ? Optional.of(c.value()) : Optional.empty();
    }

    /** The REP (SOCKS5) or CD (SOCKS4) byte of the request's reply; -1 when there was none. */
    static int code(SocksRequest.SocksVersion version, byte[] written) {
        if (version == SocksRequest.SocksVersion.SOCKS5) {
            return socks5(written).map(r -> r.reply().code()).orElse(-1);
        }
        return socks4(written).map(r -> r.status().code()).orElse(-1);
    }
}
