package org.torconformance.control.circuits;

import java.time.Duration;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.ByteString;

/**
 * One exchange of the live comparisons: send, wait for the first bytes of the answer (every
 * command here gets at least a reply), then take everything until the connection is quiet.
 */
final class Exchange {
    static final Duration QUIET = Duration.ofMillis(150);
    static final Duration MAX = Duration.ofSeconds(10);

    private Exchange() {
    }

    static String send(RawControlClient c, ByteString bytes) {
        c.send(bytes);
        long deadline = System.nanoTime() + MAX.toNanos();
        StringBuilder answer = new StringBuilder(c.drain(QUIET, MAX).latin1());
        while (answer.length() == 0 && System.nanoTime() < deadline) {
            answer.append(c.drain(QUIET, MAX).latin1());
        }
        return answer.toString();
    }
}
