package org.torconformance.conformance.socks;

import java.util.List;
import java.util.stream.Collectors;
import org.torconformance.socks.journal.SocksJournal;
import org.torconformance.socks.journal.SocksJournalEntry;

/** The mock's SOCKS journal in words: what each request carried, what became of it, and the leak verdict. */
public final class JournalText {
    private JournalText() {
    }

    /** {@code SOCKS5 CONNECT hostname "web.test" port 80, user "u" -> Connected[port=40123]}. */
    public static String describe(SocksJournalEntry.Request r) {
        String address = switch (r.addressType()) {
            case HOSTNAME -> "hostname \"" + r.host() + "\"";
            case IPV4 -> "IPv4 address " + r.host();
            case IPV6 -> "IPv6 address " + r.host();
        };
        String user = r.username().map(u -> ", user \"" + u + "\"" + r.password().map(p -> " password \"" + p + "\"").orElse(""))
                .orElse("");
        return r.version() + " " + r.command().name() + " " + address + " port " + r.port() + user + " -> " + r.outcome()
                + (r.dnsLeak() ? " [DNS leak: " + r.leakNote() + "]" : "") + (r.events().isEmpty() ? "" : " events " + r.events());
    }

    /** Every request, one a line; "no SOCKS request" when there was none. */
    public static String describe(List<SocksJournalEntry.Request> requests) {
        if (requests.isEmpty()) {
            return "no SOCKS request";
        }
        return requests.stream().map(r -> "  #" + r.sequence() + " " + describe(r)).collect(Collectors.joining("\n"));
    }

    /** The whole journal for a case's wire log: requests, and handshakes that ended before a request. */
    public static String of(SocksJournal journal) {
        StringBuilder sb = new StringBuilder();
        for (SocksJournalEntry e : journal.entries()) {
            sb.append(String.format("%9.3f ms #%d ", e.nanos() / 1e6, e.connection()));
            if (e instanceof SocksJournalEntry.Request r) {
                sb.append(r.client()).append(" ").append(describe(r));
            } else {
                sb.append(e);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
