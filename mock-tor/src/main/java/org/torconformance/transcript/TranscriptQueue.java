package org.torconformance.transcript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * Transcripts waiting for connections: each new connection takes the next enqueued transcript (or
 * the default one, if set) and plays it. Thread-safe for the callers; playing is on the reactor.
 */
public final class TranscriptQueue implements TorModel.SessionListener {
    private final Deque<Transcript> queue = new ArrayDeque<>();
    private final List<TranscriptReport> reports = new ArrayList<>();
    private final Map<ControlSession, TranscriptPlayer> players = new HashMap<>();
    private Transcript everyConnection;

    public static TranscriptQueue install(TorModel model) {
        TranscriptQueue q = new TranscriptQueue();
        model.addSessionListener(q);
        return q;
    }

    public synchronized void enqueue(Transcript t) {
        queue.add(t);
    }

    /** Played on every connection that finds the queue empty; null to stop. */
    public synchronized void setForEveryConnection(Transcript t) {
        everyConnection = t;
    }

    public synchronized List<Transcript> pending() {
        return List.copyOf(queue);
    }

    public synchronized List<TranscriptReport> reports() {
        return List.copyOf(reports);
    }

    public synchronized void clear() {
        queue.clear();
        reports.clear();
        everyConnection = null;
    }

    @Override
    public void opened(ControlSession s) {
        Transcript t;
        synchronized (this) {
            t = queue.isEmpty() ? everyConnection : queue.poll();
        }
        if (t != null) {
            play(s, t);
        }
    }

    /**
     * Plays {@code t} on a connection that is already open, from its next command on: for controllers
     * that send commands of their own while connecting, which the transcript should not answer.
     * Reactor thread only.
     */
    public void playFromNow(ControlSession s, Transcript t) {
        play(s, t);
    }

    private void play(ControlSession s, Transcript t) {
        TranscriptReport report = new TranscriptReport(t.title().orElse("transcript"), s.connection().id());
        synchronized (this) {
            reports.add(report);
        }
        TranscriptPlayer player = new TranscriptPlayer(t, s, report);
        players.put(s, player);
        s.setScript(player);
        player.start();
    }

    @Override
    public void closed(ControlSession s) {
        TranscriptPlayer p = players.remove(s);
        if (p != null) {
            p.closed();
        }
    }
}
