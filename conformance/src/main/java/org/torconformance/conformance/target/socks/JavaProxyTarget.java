package org.torconformance.conformance.target.socks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.FetchRequest;
import org.torconformance.conformance.target.FetchResult;
import org.torconformance.conformance.target.SocksClientTarget;

/**
 * The JDK's own SOCKS client ({@code java.net.Proxy} of type SOCKS, in-process): a socket made through the
 * proxy connects to the server and carries a plain HTTP/1.0 GET. The JDK sends what it is given: a name for
 * an unresolved address ({@code InetSocketAddress.createUnresolved}), the address for a resolved one. The
 * resolved flavour stands for a program that looks the name up before connecting; its lookup is answered
 * from the case's local names, so no DNS query leaves the machine.
 */
public final class JavaProxyTarget implements SocksClientTarget {
    /** The JDK's SocksSocketImpl throws one fixed message per SOCKS5 reply code. */
    static final ReplyWording WORDING = ReplyWording.numbered().withPhrases(
            "SOCKS server general failure", 1, "SOCKS: Connection not allowed by ruleset", 2,
            "SOCKS: Network unreachable", 3, "SOCKS: Host unreachable", 4, "SOCKS: Connection refused", 5,
            "SOCKS: TTL expired", 6, "SOCKS: Command not supported", 7, "SOCKS: address type not supported", 8);

    private final boolean resolveFirst;

    private JavaProxyTarget(boolean resolveFirst) {
        this.resolveFirst = resolveFirst;
    }

    /** Hands the JDK the hostname: the proxy resolves it. */
    public static JavaProxyTarget unresolved() {
        return new JavaProxyTarget(false);
    }

    /** Resolves the hostname first and hands the JDK the address, as many programs do. */
    public static JavaProxyTarget resolved() {
        return new JavaProxyTarget(true);
    }

    @Override
    public String name() {
        return resolveFirst ? "java-proxy-resolved" : "java-proxy";
    }

    @Override
    public String description() {
        return "java.net.Proxy SOCKS of Java " + Runtime.version() + " with "
                + (resolveFirst ? "a resolved InetSocketAddress" : "an unresolved InetSocketAddress");
    }

    @Override
    public FetchResult fetch(FetchRequest request, Timeouts timeouts) {
        Duration bound = timeouts.step().multipliedBy(2);
        InetSocketAddress server = resolveFirst
                ? new InetSocketAddress(withName(request.host(), request.localAddress()), request.port())
                : InetSocketAddress.createUnresolved(request.host(), request.port());
        Proxy proxy = new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(loopback(), request.socksPort()));
        String transcript = "new Socket(" + proxy + ").connect(" + server + ")";
        try (Socket socket = new Socket(proxy)) {
            socket.connect(server, (int) bound.toMillis());
            socket.setSoTimeout((int) bound.toMillis());
            String response = get(socket, request);
            int bodyStart = response.indexOf("\r\n\r\n");
            return new FetchResult.Received(bodyStart < 0 ? "" : response.substring(bodyStart + 4),
                    transcript + "\n" + response);
        } catch (SocketTimeoutException e) {
            throw new Hang("java.net SOCKS", "fetching " + request.url(), bound);
        } catch (IOException e) {
            return new FetchResult.Failed(e.toString(), WORDING.codeIn(String.valueOf(e.getMessage())),
                    transcript + "\n" + e);
        }
    }

    private static String get(Socket socket, FetchRequest request) throws IOException {
        String path = request.url().getRawPath().isEmpty() ? "/" : request.url().getRawPath();
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.0\r\nHost: " + request.host() + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    /** The local resolver's answer as an InetAddress that remembers the name, as InetAddress.getByName returns it. */
    private static InetAddress withName(String host, InetAddress answer) {
        try {
            return InetAddress.getByAddress(host, answer.getAddress());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("not an address: " + answer, e);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
