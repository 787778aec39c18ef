package org.torconformance.robustness;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.net.Reactor;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.CircEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * 500 controllers subscribed to CIRC while 1,000 events a second are published for 3 s: every
 * controller gets every event once, in order, and the replies to commands they send meanwhile stay
 * paired with those commands.
 */
class ManyControllersTest {
    static final int CONTROLLERS = 500;
    static final int EVENTS = 3_000;
    static final int ROUNDS = 5;

    @Test
    void everyControllerGetsEveryEventInOrderAndItsOwnReplies() {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (MockTor mock = MockTor.builder().start();
             Fleet fleet = Fleet.connect(mock.controlPort(), CONTROLLERS)) {
            mock.reactor().addFailureListener(failures::add);
            fleet.members.forEach(m -> m.send("AUTHENTICATE\r\nSETEVENTS CIRC\r\n"));
            await().atMost(Duration.ofSeconds(60)).until(() -> fleet.members.stream().allMatch(m -> m.replies.size() == 2));

            AtomicInteger published = new AtomicInteger();
            mock.reactor().run(() -> new Publisher(mock, published).tick());
            for (int round = 0; round < ROUNDS; round++) {
                int threshold = round * EVENTS / ROUNDS;
                await().atMost(Duration.ofSeconds(30)).until(() -> published.get() >= threshold);
                for (int i = 0; i < CONTROLLERS; i++) {
                    fleet.members.get(i).send("GETINFO version\r\nGETINFO nosuch-" + i + "-" + round + "\r\n");
                }
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> fleet.members.stream()
                    .allMatch(m -> m.events.size() >= EVENTS && m.replies.size() >= 2 + 2 * ROUNDS));

            for (int i = 0; i < CONTROLLERS; i++) {
                Fleet.Member m = fleet.members.get(i);
                assertEquals(EVENTS, m.events.size(), "events received by controller " + i);
                for (int seq = 0; seq < EVENTS; seq++) {
                    assertEquals("CIRC " + seq + " BUILT", m.events.get(seq).first().text().latin1(), "controller " + i);
                }
                assertEquals(2 + 2 * ROUNDS, m.replies.size(), "replies to controller " + i);
                for (int round = 0; round < ROUNDS; round++) {
                    Reply version = m.replies.get(2 + 2 * round);
                    Reply unknown = m.replies.get(3 + 2 * round);
                    assertEquals("version=0.4.9.11", version.first().text().latin1());
                    assertEquals("Unrecognized key \"nosuch-" + i + "-" + round + "\"", unknown.first().text().latin1());
                }
                assertTrue(!m.closedByPeer, "controller " + i + " was disconnected");
            }
            assertEquals(List.of(), fleet.failures);
            assertEquals(List.of(), failures);
        }
    }

    /** On the reactor: every 10 ms, publishes as many events as 1,000/s calls for since the start. */
    private static final class Publisher {
        private final MockTor mock;
        private final Reactor reactor;
        private final AtomicInteger published;
        private final long start = System.nanoTime();

        Publisher(MockTor mock, AtomicInteger published) {
            this.mock = mock;
            this.reactor = mock.reactor();
            this.published = published;
        }

        void tick() {
            long due = Math.min(EVENTS, (System.nanoTime() - start) / 1_000_000 + 1);
            while (published.get() < due) {
                int seq = published.getAndIncrement();
                mock.model().events().publish(new CircEvent(Integer.toString(seq), "BUILT", EventArgs.NONE));
            }
            if (published.get() < EVENTS) {
                reactor.schedule(Duration.ofMillis(10), this::tick);
            }
        }
    }
}
