package org.torconformance.fidelity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every normalization rule, in the order they apply. Each hides one thing that must differ between
 * two tor processes started side by side, and nothing else: rules match the exact context tor
 * writes the value in, and where the target's own value is known (data directory, port, pid, user),
 * only that value is replaced, so a mock that reports a wrong one still differs.
 *
 * <p>Deliberately absent: circuit and stream ids. With DisableNetwork 1 nothing but the scenarios
 * allocates them, a fresh tor counts from 1, and the scenarios run in the same order on both
 * targets, so the ids must agree literally.
 */
public final class NormalizationRules {
    private static final Pattern UPTIME = Regex.lines("^(250[- ]uptime=)\\d+(?=\r$)");
    private static final Pattern DUMP_AGE = Regex.lines("^(650[- ]NOTICE Conn \\d+ \\(socket \\d+\\) is a .*, created )\\d+(?= secs ago\r$)");
    private static final Pattern DUMP_BUFFER_AGE = Regex.lines(
            "^(650[- ]NOTICE Conn \\d+: \\d+ bytes waiting on (?:inbuf|outbuf) \\(len \\d+, last (?:read|written) )\\d+(?= secs ago\\)\r$)");
    private static final Pattern DUMP_AVERAGE = Regex.lines(
            "^(650[- ]NOTICE Average bandwidth: \\d+/)\\d+( = \\d+ bytes/sec (?:reading|writing)\r)$");
    private static final Pattern CLIENT_PORT = Pattern.compile("(?<=SOURCE_ADDR=127\\.0\\.0\\.1:|\\) from 127\\.0\\.0\\.1:)[1-9]\\d*(?![0-9])");
    private static final Pattern DESCRIPTOR_LIMIT = Regex.lines("^(250[- ]process/descriptor-limit=)[1-9]\\d*(?=\r$)");
    private static final Pattern TRAFFIC = Regex.lines("^(250[- ]traffic/(?:read|written)=)[1-9]\\d*(?=\r$)");
    private static final Pattern BW_EVENT = Regex.lines("^650 BW (\\d+) (\\d+)");
    private static final Pattern AUTHCHALLENGE = Regex.lines(
            "^(250 AUTHCHALLENGE SERVERHASH=)[0-9A-F]{64}( SERVERNONCE=)[0-9A-F]{64}(?=\r$)");

    private NormalizationRules() {
    }

    public static List<NormalizationRule> all() {
        return List.of(
                new NormalizationRule("data-directory",
                        "each target has its own temporary DataDirectory; it shows in COOKIEFILE, config-file, "
                                + "Log and other paths. Only the target's own directory is replaced.",
                        (t, in) -> t.replace(in.facts().dataDirectory(), "<DATADIR>")),
                new NormalizationRule("listener-ports",
                        "each target listens on its own free port; 127.0.0.1:<its own port> becomes 127.0.0.1:<PORT>.",
                        NormalizationRules::ports),
                new NormalizationRule("client-ports",
                        "the kernel picks each client connection's own port: a stream's SOURCE_ADDR and the "
                                + "'from 127.0.0.1:N' of SIGNAL DUMP's connection lines become 127.0.0.1:<CLIENTPORT>.",
                        (t, in) -> Regex.replace(CLIENT_PORT, t, m -> "<CLIENTPORT>")),
                new NormalizationRule("process-id",
                        "GETINFO process/pid: the target's own pid only.",
                        (t, in) -> exact(t, "process/pid=", Long.toString(in.facts().pid()), "<PID>")),
                new NormalizationRule("process-identity",
                        "GETINFO process/uid and process/user: the target process's own real uid and user name only.",
                        NormalizationRules::identity),
                new NormalizationRule("uptime",
                        "GETINFO uptime counts from each process's own start.",
                        (t, in) -> Regex.replace(UPTIME, t, m -> m.group(1) + "<UPTIME>")),
                new NormalizationRule("dump-ages",
                        "SIGNAL DUMP's connection ages, the seconds since a buffer was last read or written, and "
                                + "the seconds its bandwidth averages divide by all fall on either side of a second boundary.",
                        NormalizationRules::dumpAges),
                new NormalizationRule("descriptor-limit",
                        "GETINFO process/descriptor-limit follows the process's rlimit, which the JVM sets "
                                + "differently from a shell; any positive number.",
                        (t, in) -> Regex.replace(DESCRIPTOR_LIMIT, t, m -> m.group(1) + "<DESCRIPTOR_LIMIT>")),
                new NormalizationRule("traffic-counters",
                        "traffic/read, traffic/written and BW events count bytes, which depend on timing; only "
                                + "non-zero counts are hidden, since a tor with DisableNetwork 1 moves none.",
                        NormalizationRules::traffic),
                new NormalizationRule("clock-times",
                        "ISOTime, ISOTime2 and ISOTime2Frac values within " + ClockTimes.WINDOW.toDays()
                                + " days of the run (UTC or local), keeping the format.",
                        (t, in) -> ClockTimes.replace(t, in.now())),
                new NormalizationRule("safecookie-nonces",
                        "AUTHCHALLENGE's SERVERHASH and SERVERNONCE are random; the line's format must still match.",
                        (t, in) -> Regex.replace(AUTHCHALLENGE, t,
                                m -> m.group(1) + "<SERVERHASH>" + m.group(2) + "<SERVERNONCE>")),
                new NormalizationRule("generated-onion-services",
                        "ServiceID and PrivateKey of services whose key the target generated (ADD_ONION NEW:...), "
                                + "numbered in order of appearance and replaced wherever they reappear.",
                        GeneratedValues::onionServices),
                new NormalizationRule("virtual-addresses",
                        "addresses MAPADDRESS picked for 0.0.0.0=, ::= and .= (random in tor), numbered in "
                                + "order of appearance and replaced wherever they reappear.",
                        GeneratedValues::virtualAddresses));
    }

    private static String dumpAges(String text, RuleInput in) {
        String out = Regex.replace(DUMP_AGE, text, m -> m.group(1) + "<AGE>");
        out = Regex.replace(DUMP_BUFFER_AGE, out, m -> m.group(1) + "<AGE>");
        return Regex.replace(DUMP_AVERAGE, out, m -> m.group(1) + "<UPTIME>" + m.group(2));
    }

    private static String ports(String text, RuleInput in) {
        String out = text;
        for (int port : in.facts().ports()) {
            out = Regex.replace(Pattern.compile("(?<=127\\.0\\.0\\.1:)" + port + "(?![0-9])"), out, m -> "<PORT>");
        }
        return out;
    }

    private static String identity(String text, RuleInput in) {
        String out = text;
        if (in.facts().uid().isPresent()) {
            out = exact(out, "process/uid=", Long.toString(in.facts().uid().get()), "<UID>");
        }
        if (in.facts().user().isPresent()) {
            out = exact(out, "process/user=", in.facts().user().get(), "<USER>");
        }
        return out;
    }

    /** {@code 250[- ]<key><value>} with exactly this value at the end of the line. */
    private static String exact(String text, String key, String value, String placeholder) {
        Pattern p = Regex.lines("^(250[- ]" + Pattern.quote(key) + ")" + Pattern.quote(value) + "(?=\r$)");
        return Regex.replace(p, text, m -> m.group(1) + placeholder);
    }

    private static String traffic(String text, RuleInput in) {
        String out = Regex.replace(TRAFFIC, text, m -> m.group(1) + "<COUNT>");
        return Regex.replace(BW_EVENT, out, m -> "650 BW " + count(m.group(1)) + " " + count(m.group(2)));
    }

    private static String count(String n) {
        return n.equals("0") ? "0" : "<COUNT>";
    }
}
