package org.torconformance.fidelity;

import java.util.Optional;
import org.torconformance.wire.ByteString;

/**
 * What one target sent back for one exchange.
 *
 * @param closed  the target had closed the connection by the end of the exchange
 * @param problem what went wrong on the way, if anything (not sent, write failed, never quiet, ...)
 */
public record Response(ByteString bytes, boolean closed, Optional<String> problem) {
    public static Response notSent(String why) {
        return new Response(ByteString.EMPTY, true, Optional.of("not sent: " + why));
    }
}
