package org.torconformance.socks.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * What tor writes when a SocksPort connection starts with G, H, P or C: an HTTP 501 page, followed by a
 * NUL byte because tor sends the C string's terminator too. The bytes were captured from tor 0.4.9.11.
 */
public record HttpNotAProxy(byte[] page) implements ServerReply {
    private static final byte[] TOR_PAGE = load();

    public HttpNotAProxy {
        page = Bytes.copy(page);
    }

    /** Tor 0.4.9.11's exact 730 bytes. */
    public static HttpNotAProxy tor() {
        return new HttpNotAProxy(TOR_PAGE);
    }

    @Override
    public byte[] page() {
        return Bytes.copy(page);
    }

    @Override
    public byte[] encode() {
        return page();
    }

    private static byte[] load() {
        try (InputStream in = HttpNotAProxy.class.getResourceAsStream("http-501.bin")) {
            if (in == null) {
                throw new IllegalStateException("missing resource http-501.bin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpNotAProxy other && Arrays.equals(page, other.page);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(page);
    }

    @Override
    public String toString() {
        return "HttpNotAProxy[" + page.length + " bytes]";
    }
}
