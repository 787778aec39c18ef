package org.torconformance.control.onion;

import java.time.Duration;
import java.util.List;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/** Starting a mock for the onion tests, and reading its replies. */
final class OnionMock {
    static final Duration WAIT = Duration.ofSeconds(5);
    /** How long a test waits to be sure that nothing (more) arrives. */
    static final Duration QUIET = Duration.ofMillis(300);

    private OnionMock() {
    }

    /** A seeded mock with no authentication and DisableNetwork 1, as the live comparisons run tor. */
    static MockTor.Builder offline() {
        return MockTor.builder().seed(7).option("DisableNetwork", "1").module(m -> new StandInInfoCommands());
    }

    /** A seeded mock whose simulated network is up. */
    static MockTor.Builder online() {
        return MockTor.builder().seed(7).module(m -> new StandInInfoCommands());
    }

    static RawControlClient connect(MockTor tor) {
        RawControlClient c = RawControlClient.connect(tor.controlPort());
        if (!c.command("AUTHENTICATE").isSuccess()) {
            throw new IllegalStateException("cannot authenticate to the mock");
        }
        return c;
    }

    /** The reply as tor's bytes, CRLFs shown as {@code |} for readable assertions. */
    static String text(Reply reply) {
        return reply.encode().latin1().replace("\r\n", "|");
    }

    /** The value of a {@code 250-Key=value} line. */
    static String value(Reply reply, String key) {
        for (ReplyLine line : reply.lines()) {
            String text = line.text().latin1();
            if (text.startsWith(key + "=")) {
                return text.substring(key.length() + 1);
            }
        }
        throw new AssertionError("no " + key + "= in " + text(reply));
    }

    static List<String> lines(Reply reply) {
        return reply.lines().stream().map(l -> l.status() + String.valueOf(l.separator()) + l.text().latin1()).toList();
    }
}
