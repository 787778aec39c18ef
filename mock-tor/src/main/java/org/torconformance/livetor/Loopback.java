package org.torconformance.livetor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;

/** 127.0.0.1, spelled out: {@code InetAddress.getLoopbackAddress()} may be ::1 under preferIPv6Addresses. */
final class Loopback {
    static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    static InetAddress address() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static boolean acceptsConnection(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address(), port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
