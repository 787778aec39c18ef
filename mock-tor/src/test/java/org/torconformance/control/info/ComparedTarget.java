package org.torconformance.control.info;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.Reply;

/** A live tor or a mock configured like it, with what a comparison needs to talk to it and normalize its output. */
public final class ComparedTarget implements AutoCloseable {
    private final String name;
    private final int port;
    private final byte[] cookie;
    private final ComparisonNormalizer.Facts facts;
    private final AutoCloseable process;

    private ComparedTarget(String name, int port, byte[] cookie, ComparisonNormalizer.Facts facts, AutoCloseable process) {
        this.name = name;
        this.port = port;
        this.cookie = cookie;
        this.facts = facts;
        this.process = process;
    }

    /** A tor 0.4.9.11 with DisableNetwork 1 and SocksPort 0 (LiveTor's defaults) plus {@code torrc}. */
    public static ComparedTarget live(java.util.List<String> torrc) {
        LiveTor tor = LiveTor.builder().auth(ControlAuth.cookie()).torrcLines(torrc).start();
        try {
            Path cookieFile = tor.cookieFile().orElseThrow();
            return new ComparedTarget("live tor", tor.controlPort(), Files.readAllBytes(cookieFile),
                    new ComparisonNormalizer.Facts(tor.controlPort(), tor.pid(), tor.dataDirectory().toString()), tor);
        } catch (java.io.IOException | RuntimeException e) {
            tor.close();
            throw new IllegalStateException("cannot read the live tor's cookie", e);
        }
    }

    /** The mock with the options LiveTor gives tor, tor quirks on, plus {@code torrc}. */
    public static ComparedTarget mock(java.util.List<String> torrc) {
        MockTor.Builder b = MockTor.builder().auth(Auth.cookie()).torQuirks(true).seed(1)
                .option("DisableNetwork", "1").option("SocksPort", "0")
                .option("Log", "notice file notices.log").option("Log", "notice stdout");
        for (String line : torrc) {
            String[] kv = line.strip().split("\\s+", 2);
            b.option(kv[0], kv.length > 1 ? kv[1] : "");
        }
        MockTor tor = b.start();
        return new ComparedTarget("mock", tor.controlPort(), tor.cookie(), new ComparisonNormalizer.Facts(tor.controlPort(),
                tor.model().settings().pid(), tor.dataDirectory().toString()), tor);
    }

    public String name() {
        return name;
    }

    public ComparisonNormalizer.Facts facts() {
        return facts;
    }

    /** Whether the process (tor, or the mock's reactor) has stopped. */
    public boolean stopped() {
        return process instanceof MockTor m ? m.stopped().isDone()
                : ProcessHandle.of(facts.pid()).map(h -> !h.isAlive()).orElse(true);
    }

    /** A new connection, authenticated with the cookie; the AUTHENTICATE reply is already consumed. */
    public RawControlClient connect() {
        RawControlClient c = RawControlClient.connect(port);
        Reply r = c.command("AUTHENTICATE " + HexFormat.of().formatHex(cookie));
        if (r.status() != 250) {
            throw new IllegalStateException(name + " refused the cookie: " + r);
        }
        c.drain(Duration.ZERO, Duration.ZERO);
        return c;
    }

    @Override
    public void close() throws Exception {
        process.close();
    }
}
