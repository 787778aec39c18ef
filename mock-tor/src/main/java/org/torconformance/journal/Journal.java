package org.torconformance.journal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.torconformance.wire.Command;

/**
 * Everything every connection sent and received, in order, with monotonic times: what tests and
 * the admin API ask questions of. Appended to by the reactor, read by any thread. Bounded: past
 * {@code capacity} entries the oldest are dropped (and counted), so a long run cannot exhaust
 * memory.
 */
public final class Journal {
    /**
     * Enough for any test's conversation; at 200,000 the retained entries (~170 MB of heap in a
     * round-trip benchmark) made each young GC copy them, up to 120 ms a pause. At 20,000 the
     * journal stays near 12 MB and costs about 1 us of reactor time per round trip.
     */
    public static final int DEFAULT_CAPACITY = 20_000;

    private final long start = System.nanoTime();
    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long dropped;
    /** CommandReceived entries still in {@link #entries}: kept as a count so dropping is O(1). */
    private long commandsKept;
    private long commandsTaken;
    private long commandsSeen;
    /** Threads in {@link #waitUntil}: notifying nobody cost the reactor 15% of its pipelined throughput. */
    private int waiters;

    public Journal(int capacity) {
        this.capacity = capacity;
    }

    public Journal() {
        this(DEFAULT_CAPACITY);
    }

    public int capacity() {
        return capacity;
    }

    long now() {
        return System.nanoTime() - start;
    }

    synchronized void append(JournalEntry e) {
        entries.addLast(e);
        if (e instanceof JournalEntry.CommandReceived) {
            commandsSeen++;
            commandsKept++;
        }
        while (entries.size() > capacity) {
            JournalEntry gone = entries.removeFirst();
            dropped++;
            if (gone instanceof JournalEntry.Sent sent) {
                sent.dropped();
            }
            if (gone instanceof JournalEntry.CommandReceived) {
                commandsKept--;
                if (commandsTaken < commandsSeen - commandsKept) {
                    commandsTaken++;
                }
            }
        }
        if (waiters > 0) {
            notifyAll();
        }
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized long dropped() {
        return dropped;
    }

    public synchronized void reset() {
        for (JournalEntry e : entries) {
            if (e instanceof JournalEntry.Sent sent) {
                sent.dropped();
            }
        }
        entries.clear();
        dropped = 0;
        commandsKept = 0;
        commandsTaken = 0;
        commandsSeen = 0;
    }

    /** Every command received, in order, from every connection. */
    public synchronized List<JournalEntry.CommandReceived> commands() {
        List<JournalEntry.CommandReceived> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e instanceof JournalEntry.CommandReceived c) {
                out.add(c);
            }
        }
        return out;
    }

    /** Commands whose keyword is {@code keyword} (case-insensitive, as tor matches). */
    public List<Command> commands(String keyword) {
        return commands().stream().map(JournalEntry.CommandReceived::command).filter(c -> c.is(keyword)).toList();
    }

    public int count(String keyword) {
        return commands(keyword).size();
    }

    public boolean neverReceived(String keyword) {
        return count(keyword) == 0;
    }

    /** True if commands with these keywords arrived in this relative order (others may come between). */
    public boolean receivedInOrder(String... keywords) {
        int i = 0;
        for (JournalEntry.CommandReceived c : commands()) {
            if (i < keywords.length && c.command().is(keywords[i])) {
                i++;
            }
        }
        return i == keywords.length;
    }

    /**
     * The next command not yet taken, in arrival order, waiting up to {@code timeout}: the journal's
     * version of MockWebServer's {@code takeRequest}.
     */
    public synchronized Optional<Command> takeCommand(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JournalEntry.CommandReceived> all = commands();
            long base = commandsSeen - all.size();
            if (commandsTaken < commandsSeen) {
                int idx = (int) Math.max(0, commandsTaken - base);
                commandsTaken = base + idx + 1;
                return Optional.of(all.get(idx).command());
            }
            if (!waitUntil(deadline)) {
                return Optional.empty();
            }
        }
    }

    /** Waits until a command matching {@code match} has arrived (now or already), up to {@code timeout}. */
    public synchronized Optional<Command> awaitCommand(Predicate<Command> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JournalEntry e : entries) {
                if (e instanceof JournalEntry.CommandReceived c && match.test(c.command())) {
                    return Optional.of(c.command());
                }
            }
            if (!waitUntil(deadline)) {
                return Optional.empty();
            }
        }
    }

    public Optional<Command> awaitCommand(String keyword, Duration timeout) {
        return awaitCommand(c -> c.is(keyword), timeout);
    }

    private boolean waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        waiters++;
        try {
            wait(Math.max(1, left / 1_000_000), (int) (left % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiters--;
        }
        return true;
    }
}
