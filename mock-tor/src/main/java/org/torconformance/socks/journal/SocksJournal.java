package org.torconformance.socks.journal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every SOCKS request the mock saw, with its outcome and DNS-leak verdict, and every handshake that ended
 * before a request. The SOCKS counterpart of the control port's {@code org.torconformance.journal.Journal}:
 * written on the reactor, read from any thread, bounded (oldest entries dropped first and counted).
 * An entry is replaced in place when its outcome is decided.
 */
public final class SocksJournal {
    private final long start = System.nanoTime();
    private final int capacity;
    private final Map<Long, SocksJournalEntry> entries = new LinkedHashMap<>();
    private long nextSequence = 1;
    private long dropped;
    private long taken;
    /** Entries up to this sequence were dropped by {@link #reset}; late updates to them are ignored. */
    private long forgotten;

    public SocksJournal(int capacity) {
        this.capacity = capacity;
    }

    public SocksJournal() {
        this(200_000);
    }

    public int capacity() {
        return capacity;
    }

    /** Nanoseconds since the journal started (for the entries' {@code nanos}). */
    public long now() {
        return System.nanoTime() - start;
    }

    /** The sequence number the next entry gets. */
    public synchronized long reserveSequence() {
        return nextSequence++;
    }

    /** Adds an entry, or replaces the entry with the same sequence number (unless {@link #reset} forgot it). */
    public synchronized void put(SocksJournalEntry entry) {
        if (capacity <= 0 || entry.sequence() <= forgotten) {
            return;
        }
        entries.put(entry.sequence(), entry);
        while (entries.size() > capacity) {
            Long oldest = entries.keySet().iterator().next();
            entries.remove(oldest);
            dropped++;
        }
        notifyAll();
    }

    public synchronized List<SocksJournalEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** Every request, in arrival order. */
    public synchronized List<SocksJournalEntry.Request> requests() {
        List<SocksJournalEntry.Request> out = new ArrayList<>();
        for (SocksJournalEntry e : entries.values()) {
            if (e instanceof SocksJournalEntry.Request r) {
                out.add(r);
            }
        }
        return out;
    }

    /** Connections that ended before a complete request. */
    public synchronized List<SocksJournalEntry.Handshake> handshakes() {
        List<SocksJournalEntry.Handshake> out = new ArrayList<>();
        for (SocksJournalEntry e : entries.values()) {
            if (e instanceof SocksJournalEntry.Handshake h) {
                out.add(h);
            }
        }
        return out;
    }

    /** Requests flagged as DNS leaks. */
    public List<SocksJournalEntry.Request> leaks() {
        return requests().stream().filter(SocksJournalEntry.Request::dnsLeak).toList();
    }

    /** Requests whose host, as the client sent it, is {@code host} (case-insensitive). */
    public List<SocksJournalEntry.Request> requestsFor(String host) {
        return requests().stream().filter(r -> r.host().equalsIgnoreCase(host)).toList();
    }

    public synchronized long dropped() {
        return dropped;
    }

    public synchronized void reset() {
        entries.clear();
        dropped = 0;
        forgotten = nextSequence - 1;
        taken = forgotten;
        notifyAll();
    }

    /** Waits up to {@code timeout} until a request matching {@code match} has arrived, now or earlier. */
    public Optional<SocksJournalEntry.Request> awaitRequest(Predicate<SocksJournalEntry.Request> match, Duration timeout) {
        return await(e -> e instanceof SocksJournalEntry.Request r && match.test(r), timeout)
                .map(e -> (SocksJournalEntry.Request) e);
    }

    /** Like {@link #awaitRequest} but also waits for the request's outcome to be decided. */
    public Optional<SocksJournalEntry.Request> awaitOutcome(Predicate<SocksJournalEntry.Request> match, Duration timeout) {
        return awaitRequest(r -> !r.isPending() && match.test(r), timeout);
    }

    /** Waits for any entry matching {@code match}. */
    public synchronized Optional<SocksJournalEntry> await(Predicate<SocksJournalEntry> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (SocksJournalEntry e : entries.values()) {
                if (match.test(e)) {
                    return Optional.of(e);
                }
            }
            if (!waitUntil(deadline)) {
                return Optional.empty();
            }
        }
    }

    /**
     * The next request not yet taken, in arrival order, waiting up to {@code timeout}: MockWebServer's
     * {@code takeRequest} for the SOCKS port. Its outcome may still be pending.
     */
    public synchronized Optional<SocksJournalEntry.Request> takeRequest(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (SocksJournalEntry e : entries.values()) {
                if (e instanceof SocksJournalEntry.Request r && r.sequence() > taken) {
                    taken = r.sequence();
                    return Optional.of(r);
                }
            }
            if (!waitUntil(deadline)) {
                return Optional.empty();
            }
        }
    }

    private boolean waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            wait(Math.max(1, left / 1_000_000), (int) (left % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
