package org.torconformance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.torconformance.transcript.RecordingProxy;

/**
 * {@code mock-tor record --upstream 127.0.0.1:PORT --out FILE [--listen PORT] [--title T]}: prints
 * {@code record-port=N}, then passes controllers through to tor and writes one transcript per
 * connection (FILE, FILE.2, ...), printing {@code recorded=PATH} for each, until SIGTERM.
 */
final class Record {
    private Record() {
    }

    static int run(List<String> args, PrintStream out) throws UsageException, IOException, InterruptedException {
        InetSocketAddress upstream = null;
        Path file = null;
        int listen = 0;
        Optional<String> title = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--upstream" -> upstream = upstream(value(args, ++i, a));
                case "--out" -> file = Path.of(value(args, ++i, a));
                case "--listen" -> listen = port(value(args, ++i, a));
                case "--title" -> title = Optional.of(value(args, ++i, a));
                default -> throw new UsageException("record: unknown argument '" + a + "'");
            }
        }
        if (upstream == null || file == null) {
            throw new UsageException("record needs --upstream 127.0.0.1:PORT and --out FILE");
        }
        RecordingProxy proxy = RecordingProxy.start(upstream, listen, file, title, p -> {
            out.println("recorded=" + p);
            out.flush();
        });
        out.println("record-port=" + proxy.port());
        out.flush();
        CountDownLatch never = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "record-sigterm"));
        never.await();
        return 0;
    }

    private static InetSocketAddress upstream(String hostPort) throws UsageException {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new UsageException("--upstream needs HOST:PORT, got '" + hostPort + "'");
        }
        try {
            InetAddress host = InetAddress.getByName(hostPort.substring(0, colon));
            if (!host.isLoopbackAddress()) {
                throw new UsageException("--upstream must be a loopback address (the recorder never leaves this machine)");
            }
            return new InetSocketAddress(host, port(hostPort.substring(colon + 1)));
        } catch (UnknownHostException e) {
            throw new UsageException("--upstream: unknown host in '" + hostPort + "'");
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String v) throws UsageException {
        try {
            int p = Integer.parseInt(v);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("a port is 0-65535, got '" + v + "'");
    }
}
