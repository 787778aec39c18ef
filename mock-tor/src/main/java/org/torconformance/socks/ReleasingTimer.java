package org.torconformance.socks;

import java.time.Duration;
import org.torconformance.net.Reactor;

/**
 * A reactor timer that lets go of its task when cancelled. The reactor keeps a cancelled timer queued until
 * it would have fired, task included; SocksTimeout is two minutes and a route's delay may be hours, so a
 * timer holding a closed connection's handler would keep its socket, buffers and stream that long (a client
 * opening a thousand connections a second would pin 120,000 of them). Reactor thread only.
 */
final class ReleasingTimer {
    private final Reactor.Timer timer;
    private Runnable task;

    private ReleasingTimer(Reactor reactor, Duration delay, Runnable task) {
        this.task = task;
        this.timer = reactor.schedule(delay, this::fire);
    }

    static ReleasingTimer schedule(Reactor reactor, Duration delay, Runnable task) {
        return new ReleasingTimer(reactor, delay, task);
    }

    void cancel() {
        task = null;
        timer.cancel();
    }

    private void fire() {
        Runnable t = task;
        task = null;
        if (t != null) {
            t.run();
        }
    }
}
