package org.torconformance.control.circuits;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.torconformance.control.EventBus;
import org.torconformance.control.events.Traffic;
import org.torconformance.net.Reactor;
import org.torconformance.wire.event.CircBandwidthEvent;
import org.torconformance.wire.event.EventArgs;

/**
 * Once a second, STREAM_BW for every stream and CIRC_BW for every circuit that moved bytes, as tor's
 * {@code control_per_second_events}; counters restart each second, so a controller that subscribes
 * late sees only new traffic (tor clears them when the event is enabled). A closing stream flushes
 * its STREAM_BW first. CIRC_BW counts 509-byte cells carrying 498 bytes of relay payload each.
 */
final class Bandwidth {
    private static final int CELL = 509;
    private static final int PAYLOAD = 498;
    /** A cell on an OR connection (circuit id, command, payload): what BW and traffic/* count. */
    private static final int CELL_ON_WIRE = 514;

    private static final class CircuitCounters {
        long read;
        long written;
        long deliveredRead;
        long overheadRead;
        long deliveredWritten;
        long overheadWritten;
    }

    private final Map<Circuit, CircuitCounters> circuits = new HashMap<>();
    private final EventBus events;
    private final Clock clock;
    private final Traffic traffic;

    /** {@code traffic}: the process-wide byte counts behind BW events and {@code traffic/read}, {@code traffic/written}. */
    Bandwidth(EventBus events, Clock clock, Traffic traffic) {
        this.events = events;
        this.clock = clock;
        this.traffic = traffic;
    }

    void start(Reactor reactor, Supplier<List<Stream>> streams) {
        reactor.schedule(Duration.ofSeconds(1), () -> {
            tick(streams.get());
            start(reactor, streams);
        });
    }

    void traffic(Stream s, long fromClient, long toClient) {
        s.countTraffic(fromClient, toClient);
        long cellsToExit = (fromClient + PAYLOAD - 1) / PAYLOAD;
        long cellsFromExit = (toClient + PAYLOAD - 1) / PAYLOAD;
        traffic.addWritten(cellsToExit * CELL_ON_WIRE);
        traffic.addRead(cellsFromExit * CELL_ON_WIRE);
        s.circuit().ifPresent(c -> {
            CircuitCounters k = circuits.computeIfAbsent(c, x -> new CircuitCounters());
            long cellsOut = (fromClient + PAYLOAD - 1) / PAYLOAD;
            long cellsIn = (toClient + PAYLOAD - 1) / PAYLOAD;
            k.written += cellsOut * CELL;
            k.deliveredWritten += fromClient;
            k.overheadWritten += cellsOut * PAYLOAD - fromClient;
            k.read += cellsIn * CELL;
            k.deliveredRead += toClient;
            k.overheadRead += cellsIn * PAYLOAD - toClient;
        });
    }

    void flush(Stream s) {
        if (s.hasTraffic() && events.anySubscribed("STREAM_BW")) {
            events.publish(StreamEvents.bandwidth(s, s.takeTraffic(), clock.instant()));
        }
    }

    private void tick(List<Stream> streams) {
        boolean streamBw = events.anySubscribed("STREAM_BW");
        for (Stream s : streams) {
            if (s.hasTraffic()) {
                long[] t = s.takeTraffic();
                if (streamBw) {
                    events.publish(StreamEvents.bandwidth(s, t, clock.instant()));
                }
            }
        }
        boolean circBw = events.anySubscribed("CIRC_BW");
        for (Map.Entry<Circuit, CircuitCounters> e : circuits.entrySet()) {
            if (circBw && !e.getKey().isClosed()) {
                events.publish(event(e.getKey(), e.getValue()));
            }
        }
        circuits.clear();
    }

    private CircBandwidthEvent event(Circuit c, CircuitCounters k) {
        EventArgs args = EventArgs.builder()
                .bare("ID", Long.toString(c.id()))
                .bare("READ", Long.toString(k.read))
                .bare("WRITTEN", Long.toString(k.written))
                .bare("TIME", IsoTimeMicros.format(clock.instant()))
                .bare("DELIVERED_READ", Long.toString(k.deliveredRead))
                .bare("OVERHEAD_READ", Long.toString(k.overheadRead))
                .bare("DELIVERED_WRITTEN", Long.toString(k.deliveredWritten))
                .bare("OVERHEAD_WRITTEN", Long.toString(k.overheadWritten))
                .bare("SS", "1").bare("CWND", "124").bare("RTT", "0").bare("MIN_RTT", "0")
                .build();
        return new CircBandwidthEvent(args);
    }
}
