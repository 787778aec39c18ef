package org.torconformance.socks;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.torconformance.net.Reactor;
import org.torconformance.socks.journal.SocksJournal;
import org.torconformance.socks.route.RouteTable;
import org.torconformance.socks.wire.ClientStatusEvent;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * What every SOCKS port of one mock shares.
 *
 * @param hooks the current stream hooks (looked up per connection, so a model can install its own)
 * @param routes the route table, also used to judge DNS leaks
 * @param statusEvents where the STATUS_CLIENT events tor would emit go
 * @param socksTimeout tor's SocksTimeout, read when a connection opens
 * @param eofPolicy how an EOF on a relayed stream propagates
 * @param resolved the addresses handed out in RESOLVE answers, for the DNS-leak verdict
 * @param globalOptions applies tor's global SOCKS-related options to a port's own, when a connection opens
 */
public record SocksEnvironment(
        Reactor reactor,
        Supplier<StreamHooks> hooks,
        RouteTable routes,
        SocksJournal journal,
        Consumer<ClientStatusEvent> statusEvents,
        Supplier<Duration> socksTimeout,
        EofPolicy eofPolicy,
        ResolvedAddresses resolved,
        UnaryOperator<SocksPortOptions> globalOptions) {
}
