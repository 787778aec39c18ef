package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.OptionalInt;
import org.torconformance.conformance.socks.JournalText;
import org.torconformance.conformance.target.FetchResult;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;

/**
 * Steps that judge what a SOCKS client sent, from the mock's SOCKS journal: dialect and layout, commands,
 * hostnames vs addresses (the DNS-leak verdict), and the refusals the mock answered.
 */
public final class SocksRequestSteps {
    private final SocksClientCase c;

    public SocksRequestSteps(SocksClientCase c) {
        this.c = c;
    }

    @Then("every SOCKS request asks for an outgoing connection: a CONNECT, or tor's RESOLVE")
    public void everyRequestIsOutgoing() {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        boolean outgoing = requests.stream().allMatch(r -> r.command().equals(SocksCommand.CONNECT)
                || r.command().equals(SocksCommand.RESOLVE));
        Expect.that(outgoing, () -> "expected only CONNECT and RESOLVE requests, the client sent:\n" + JournalText.describe(requests));
    }

    /**
     * SOCKS4a as the howto lists it: 04 01 PORT 00 00 00 x 00 HOSTNAME 00 (x not 0; the howto writes 01). The
     * journal keeps the fields (version SOCKS4A stands for the 0.0.0.x address), not the marker's last byte.
     */
    @Then("every SOCKS request is SOCKS5, or SOCKS4a laid out as the howto lists it: 04 01 PORT 00 00 00 01 00 HOSTNAME 00")
    public void everyRequestIsSocks5OrHowtoSocks4a() {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        for (SocksJournalEntry.Request r : requests) {
            if (r.version() == SocksRequest.SocksVersion.SOCKS5) {
                continue;
            }
            Expect.that(r.version() == SocksRequest.SocksVersion.SOCKS4A, () -> "expected SOCKS4a or SOCKS5; #" + r.sequence()
                    + " is SOCKS4, which can only carry an IPv4 address:\n" + JournalText.describe(requests));
            Expect.that(r.command().equals(SocksCommand.CONNECT), () -> "expected the howto's command 01 (CONNECT) in SOCKS4a; #"
                    + r.sequence() + " has " + r.command() + ":\n" + JournalText.describe(requests));
            Expect.that(r.username().orElse("").isEmpty(), () -> "expected the howto's empty user id (a lone 00); #" + r.sequence()
                    + " sent \"" + r.username().orElse("") + "\":\n" + JournalText.describe(requests));
            Expect.that(r.addressType() == SocksJournalEntry.AddressType.HOSTNAME && !r.host().isEmpty(),
                    () -> "expected a HOSTNAME after the user id; #" + r.sequence() + ":\n" + JournalText.describe(requests));
        }
    }

    @Then("no SOCKS request carries an address the client looked up itself")
    public void noLocalLookups() {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        List<SocksJournalEntry.Request> leaks = requests.stream().filter(SocksJournalEntry.Request::dnsLeak).toList();
        Expect.that(leaks.isEmpty(), () -> "expected the client to leave name lookups to tor; it resolved names itself "
                + "(a DNS leak):\n" + JournalText.describe(leaks)
                + (leaks.size() == requests.size() ? "" : "\nall requests:\n" + JournalText.describe(requests)));
    }

    @Then("the hostname {string} reached the SocksPort")
    public void theHostnameReached(String host) {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        boolean named = requests.stream().anyMatch(r -> r.addressType() == SocksJournalEntry.AddressType.HOSTNAME
                && r.host().equalsIgnoreCase(host));
        Expect.that(named, () -> "expected a CONNECT or RESOLVE naming \"" + host + "\"; the client sent:\n"
                + JournalText.describe(requests));
    }

    @Then("the mock refused the client's connection to {string}")
    public void theMockRefused(String site) {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        boolean refused = requests.stream().anyMatch(r -> r.command().equals(SocksCommand.CONNECT)
                && r.outcome() instanceof SocksOutcome.Refused && r.route().filter(x -> x.startsWith(site + " ->")).isPresent());
        Expect.that(refused, () -> "expected a CONNECT to " + site + " that the mock refused; requests:\n" + JournalText.describe(requests));
    }

    @Then("the client's error names the reply code the mock sent")
    public void theErrorNamesTheReplyCode() {
        List<SocksJournalEntry.Request> requests = atLeastOne();
        SocksJournalEntry.Request refused = requests.stream().filter(r -> failureCode(r).isPresent())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("expected the mock to have refused a request; requests:\n"
                        + JournalText.describe(requests)));
        int sent = failureCode(refused).getAsInt();
        if (!(c.result() instanceof FetchResult.Failed f)) {
            throw new AssertionError("expected the client to report reply code " + hex(sent) + ", it returned a response");
        }
        Expect.that(f.replyCode().isPresent() && f.replyCode().getAsInt() == sent, () -> "the mock answered "
                + JournalText.describe(refused) + " with reply code " + hex(sent) + "; the client's error names "
                + (f.replyCode().isPresent() ? "reply code " + hex(f.replyCode().getAsInt()) : "no reply code") + ": " + f.error());
    }

    private List<SocksJournalEntry.Request> atLeastOne() {
        List<SocksJournalEntry.Request> requests = c.requests();
        Expect.that(!requests.isEmpty(), () -> "expected the client to use the SocksPort; it sent no SOCKS request. The client:\n"
                + c.result().transcript() + "\nSOCKS journal:\n" + JournalText.of(c.mock().socksJournal()));
        return requests;
    }

    /** The reply code a refused request got: SOCKS5 REP, or SOCKS4 CD. */
    private static OptionalInt failureCode(SocksJournalEntry.Request r) {
        SocksOutcome o = r.outcome();
        if (o instanceof SocksOutcome.Refused x) {
            return OptionalInt.of(x.replyCode());
        } else if (o instanceof SocksOutcome.RejectedByTor x) {
            return OptionalInt.of(x.replyCode());
        } else if (o instanceof SocksOutcome.TimedOut x) {
            return OptionalInt.of(x.replyCode());
        } else if (o instanceof SocksOutcome.ResolveFailed) {
            return OptionalInt.of(r.version() == SocksRequest.SocksVersion.SOCKS5 ? 0x04 : 0x5B);
        }
        return OptionalInt.empty();
    }

    private static String hex(int code) {
        return String.format("%02x", code);
    }
}
