package org.torconformance.socks;

import java.util.List;
import java.util.Optional;
import org.torconformance.socks.journal.SocksJournal;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.RequestMessage;
import org.torconformance.socks.wire.SocksAddress;

/** Builds the journal entry for a request message: what was sent, and the DNS-leak verdict. */
final class RequestEntries {
    private RequestEntries() {
    }

    static SocksJournalEntry.Request of(SocksJournal journal, long connection, String client, int listenerPort,
            RequestMessage message, AddressMapping mapping, SocksEnvironment env, List<String> events,
            SocksOutcome outcome) {
        LeakRule.Verdict leak = LeakRule.judge(message, mapping, env.routes(), env.resolved());
        return new SocksJournalEntry.Request(journal.reserveSequence(), connection, journal.now(), client, listenerPort,
                message.version(), message.command(), addressType(message.address()), message.address(),
                hostText(message.address()), message.port(), message.credentials(), Optional.empty(), Optional.empty(),
                outcome, leak.leak(), leak.note(), events);
    }

    private static SocksJournalEntry.AddressType addressType(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv4) {
            return SocksJournalEntry.AddressType.IPV4;
        }
        return address instanceof SocksAddress.Ipv6 ? SocksJournalEntry.AddressType.IPV6
                : SocksJournalEntry.AddressType.HOSTNAME;
    }

    private static String hostText(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv4 v4) {
            return v4.dotted();
        } else if (address instanceof SocksAddress.Ipv6 v6) {
            return v6.text();
        }
        return ((SocksAddress.Hostname) address).latin1();
    }
}
