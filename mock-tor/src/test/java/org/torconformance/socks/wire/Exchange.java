package org.torconformance.socks.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: drives a session with hex-written chunks, one chunk per read, and collects what it did. */
final class Exchange {
    private Exchange() {
    }

    /** Bytes from hex with optional spaces: {@code "05 01 00"}. */
    static byte[] hex(String text) {
        return Hex.bytes(text);
    }

    static String hex(byte[] bytes) {
        return Hex.of(bytes);
    }

    /** What a session wrote in total, which events it emitted, and its last verdict. */
    record Run(String written, List<String> events, SessionOutput.Next last) {
        boolean closed() {
            return last instanceof SessionOutput.Close;
        }

        SocksRequest request() {
            if (!(last instanceof SessionOutput.RequestReady ready)) {
                throw new AssertionError("expected a ready request, got " + last + " after writing " + written);
            }
            return ready.request();
        }
    }

    static Run run(SocksServerSession session, String... hexChunks) {
        List<byte[]> chunks = new ArrayList<>();
        for (String chunk : hexChunks) {
            chunks.add(hex(chunk));
        }
        return run(session, chunks);
    }

    static Run run(SocksServerSession session, List<byte[]> chunks) {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<String> events = new ArrayList<>();
        SessionOutput.Next last = new SessionOutput.NeedMore();
        for (byte[] chunk : chunks) {
            SessionOutput out = session.feed(chunk);
            written.writeBytes(out.write());
            out.events().forEach(e -> events.add(e.body()));
            last = out.next();
        }
        return new Run(hex(written.toByteArray()), events, last);
    }

    static Run run(String... hexChunks) {
        return run(new SocksServerSession(), hexChunks);
    }

    static SocksServerSession session(SocksPortOptions options) {
        return new SocksServerSession(options, ClientFamily.IPV4, AddressMapping.NONE);
    }

    /** A SOCKS5 request naming a host, in hex. */
    static String socks5Host(int command, String host, int port) {
        return hex(Socks5Request.of(SocksCommand.of(command), SocksAddress.hostname(host), port).encode());
    }

    /** An RFC 1929 message, in hex. */
    static String auth(String username, String password) {
        return hex(UsernamePasswordAuth.of(username, password).encode());
    }

    static String compact(String spacedHex) {
        return Hex.compact(spacedHex);
    }
}
