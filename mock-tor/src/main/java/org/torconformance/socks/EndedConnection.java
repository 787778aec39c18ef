package org.torconformance.socks;

import java.util.Optional;
import org.torconformance.socks.wire.RequestMessage;
import org.torconformance.socks.wire.SessionEnd;

/**
 * A SOCKS connection that ended without becoming a {@link SocksStream}, as {@link StreamHooks#connectionEnded}
 * hears of it.
 *
 * @param id the connection's id (from {@link StreamHooks#connectionOpened})
 * @param client the client's address, {@code 127.0.0.1:53220}
 * @param listenerPort the SocksPort it came to
 * @param socksVersion 4, 5, or 0 when no SOCKS message was recognised
 * @param request the request message, when one was read
 * @param cause why it ended
 */
public record EndedConnection(long id, String client, int listenerPort, int socksVersion,
        Optional<RequestMessage> request, Cause cause) {

    public sealed interface Cause permits ClientLeft, TimedOut, AnsweredByTor {
    }

    /** The client closed before a complete request. */
    public record ClientLeft() implements Cause {
    }

    /** SocksTimeout passed during the handshake: tor closes without a reply. */
    public record TimedOut() implements Cause {
    }

    /** Tor answered (or refused) the client itself, as {@code end} says. */
    public record AnsweredByTor(SessionEnd end) implements Cause {
    }
}
