package org.torconformance.control.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.torconformance.control.TorModel;

/**
 * Bytes the mocked tor moved on its non-control connections (control traffic does not count, as
 * in tor), and the per-second samples behind BW events and {@code GETINFO bw-event-cache}.
 */
public final class Traffic {
    /** Tor's N_BW_EVENTS_TO_CACHE: about five minutes of samples. */
    static final int CACHED_SAMPLES = 300;

    public record Sample(long read, long written) {
    }

    private long read;
    private long written;
    private long sampledRead;
    private long sampledWritten;
    private final Deque<Sample> cache = new ArrayDeque<>();

    public static Traffic of(TorModel model) {
        return model.part(Traffic.class, Traffic::new);
    }

    /** The circuits model calls these as streams move bytes, counting the cells that carry them. */
    public void addRead(long bytes) {
        read += bytes;
    }

    public void addWritten(long bytes) {
        written += bytes;
    }

    public long read() {
        return read;
    }

    public long written() {
        return written;
    }

    /** The bytes moved since the previous sample; the sample is cached. */
    Sample sample() {
        Sample s = new Sample(read - sampledRead, written - sampledWritten);
        sampledRead = read;
        sampledWritten = written;
        if (cache.size() == CACHED_SAMPLES) {
            cache.removeFirst();
        }
        cache.addLast(s);
        return s;
    }

    /** Oldest first. */
    public List<Sample> cachedSamples() {
        return List.copyOf(cache);
    }
}
