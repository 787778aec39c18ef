package org.torconformance.conformance.target.socks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.conformance.target.FetchRequest;
import org.torconformance.conformance.target.FetchResult;
import org.torconformance.conformance.target.SocksClientTarget;

/**
 * curl (Debian's) with one of its SOCKS options. Every run also gets {@code --resolve HOST:PORT:ADDRESS}
 * from the case's local names: that is the machine's resolver as far as curl is concerned, so a mode that
 * resolves locally ({@code --socks5}) never sends a DNS query off the machine, and a mode that lets the proxy
 * resolve ({@code --socks5-hostname}, {@code --socks4a}) shows it ignores that answer.
 */
public final class CurlTarget implements SocksClientTarget {
    /** curl's report of a refused SOCKS request ends with the reply code: "... to web.test. (5)". */
    static final ReplyWording WORDING = ReplyWording.numbered("Can't complete SOCKS[45] connection to .*?\\. \\((\\d+)\\)");

    private final String name;
    private final String option;
    private final ClientProgram curl;

    private CurlTarget(String name, String option) {
        this.name = name;
        this.option = option;
        this.curl = ClientProgram.require("curl", "curl", name);
    }

    /** {@code curl --socks5-hostname}: SOCKS5 with the hostname (ATYP 03). */
    public static CurlTarget socks5Hostname() {
        return new CurlTarget("curl-socks5h", "--socks5-hostname");
    }

    /** {@code curl --socks4a}: the howto's SOCKS4a. */
    public static CurlTarget socks4a() {
        return new CurlTarget("curl-socks4a", "--socks4a");
    }

    /** {@code curl --socks5}: SOCKS5 after resolving the name locally, which the howto forbids. */
    public static CurlTarget socks5() {
        return new CurlTarget("curl-socks5", "--socks5");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "curl " + option + " (" + curl.path() + ")";
    }

    @Override
    public FetchResult fetch(FetchRequest request, Timeouts timeouts) {
        Duration maxTime = timeouts.step().multipliedBy(2);
        List<String> args = new ArrayList<>(List.of("-sS", "--max-time", Long.toString(Math.max(1, maxTime.toSeconds())),
                option, "127.0.0.1:" + request.socksPort()));
        request.localNames().forEach((host, address) -> {
            args.add("--resolve");
            args.add(host + ":" + request.port() + ":" + address.getHostAddress());
        });
        args.add(request.url().toString());
        ClientProgram.Run run = curl.run(args, Map.of(), maxTime.plus(timeouts.step()));
        if (run.exitCode() == 0) {
            return new FetchResult.Received(run.stdout(), run.transcript());
        }
        return new FetchResult.Failed(run.stderr().strip(), WORDING.codeIn(run.stderr()), run.transcript());
    }
}
