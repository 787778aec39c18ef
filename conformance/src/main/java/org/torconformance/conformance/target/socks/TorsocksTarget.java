package org.torconformance.conformance.target.socks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.FetchRequest;
import org.torconformance.conformance.target.FetchResult;
import org.torconformance.conformance.target.SocksClientTarget;

/**
 * Debian's torsocks around a plain curl (no proxy options): torsocks catches curl's name lookups and
 * connections and sends them to the SocksPort named in a torsocks.conf of its own
 * ({@code TORSOCKS_CONF_FILE}), never /etc/tor/torsocks.conf. Names go to tor as SOCKS5 RESOLVE requests,
 * connections as CONNECTs to the address tor answered.
 */
public final class TorsocksTarget implements SocksClientTarget {
    /** torsocks logs each refusal it gets, one phrase per SOCKS5 reply code (socks5.c), and resolve failures by number. */
    static final ReplyWording WORDING = ReplyWording.numbered("Status reply: (\\d+)", "replied an unknown code (\\d+)")
            .withPhrases("General SOCKS server failure", 1, "Connection not allowed by ruleset", 2,
                    "Network unreachable", 3, "Host unreachable", 4, "Connection refused to Tor SOCKS", 5,
                    "Connection timed out", 6, "Command not supported", 7, "Address type not supported", 8);

    private final ClientProgram torsocks;
    private final ClientProgram curl;

    public TorsocksTarget() {
        this.torsocks = ClientProgram.require("torsocks", "torsocks", "torsocks");
        this.curl = ClientProgram.require("curl", "curl", "torsocks");
    }

    @Override
    public String name() {
        return "torsocks";
    }

    @Override
    public String description() {
        return "torsocks around curl (" + torsocks.path() + ", " + curl.path() + ")";
    }

    @Override
    public FetchResult fetch(FetchRequest request, Timeouts timeouts) {
        Duration maxTime = timeouts.step().multipliedBy(2);
        Path conf = null;
        try {
            conf = Files.createTempFile("torsocks", ".conf");
            Files.writeString(conf, "TorAddress 127.0.0.1\nTorPort " + request.socksPort() + "\n");
            ClientProgram.Run run = torsocks.run(List.of(curl.path().toString(), "-sS", "--max-time",
                    Long.toString(Math.max(1, maxTime.toSeconds())), request.url().toString()),
                    Map.of("TORSOCKS_CONF_FILE", conf.toString()), maxTime.plus(timeouts.step()));
            if (run.exitCode() == 0) {
                return new FetchResult.Received(run.stdout(), run.transcript());
            }
            return new FetchResult.Failed(run.stderr().strip(), WORDING.codeIn(run.stderr()), run.transcript());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a torsocks.conf", e);
        } finally {
            if (conf != null) {
                try {
                    Files.deleteIfExists(conf);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
