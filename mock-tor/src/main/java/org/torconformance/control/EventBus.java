package org.torconformance.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyEncoder;
import org.torconformance.wire.ReplyLine;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;

/**
 * Delivers events to the sessions that asked for them. Like tor, events are queued and written
 * after the current round of command processing, never in the middle of a reply.
 */
public final class EventBus {
    /** The names SETEVENTS accepts: tor 0.4.9's event table (PT_LOG and PT_STATUS are not in it). */
    public static final List<String> SUBSCRIBABLE = Events.NAMES;

    private final boolean torQuirks;
    private final Set<ControlSession> sessions = new LinkedHashSet<>();
    private final List<EventListener> listeners = new ArrayList<>();
    /** Sessions with events queued this round: a flush touches these, not every session. */
    private List<ControlSession> queued = new ArrayList<>();

    /** Observes every event published, subscribed or not (the journal, tests). */
    @FunctionalInterface
    public interface EventListener {
        void published(TorEvent event, ByteString bytes);
    }

    /** {@code torQuirks}: write a value's raw line feeds as tor does (see {@link #publish(TorEvent)}). */
    EventBus(boolean torQuirks) {
        this.torQuirks = torQuirks;
    }

    void add(ControlSession s) {
        sessions.add(s);
    }

    void remove(ControlSession s) {
        sessions.remove(s);
    }

    public void addListener(EventListener l) {
        listeners.add(l);
    }

    /** The canonical name for {@code name} (case-insensitive), or null if tor would not accept it. */
    public static String canonicalName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SUBSCRIBABLE.contains(upper) ? upper : null;
    }

    public boolean anySubscribed(String type) {
        for (ControlSession s : sessions) {
            if (s.isSubscribed(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tor formats events with printf, so a value holding a line feed (a SOCKS hostname with one in
     * it, in the STREAM event that refuses it) splits the event line. Under tor quirks those are the
     * bytes; otherwise the line feed is written as the two characters {@code \n}.
     */
    public void publish(TorEvent event) {
        Reply reply = event.toReply();
        if (reply.lines().stream().noneMatch(l -> l.text().contains('\n'))) {
            publish(event.type(), event, reply.encode());
            return;
        }
        ByteStringBuilder out = new ByteStringBuilder(256);
        for (ReplyLine line : reply.lines()) {
            if (torQuirks) {
                ReplyEncoder.encodeLineAsPrinted(line, out);
            } else {
                ReplyEncoder.encodeLine(line.withText(ByteString.latin1(line.text().latin1().replace("\n", "\\n"))), out);
            }
        }
        publish(event.type(), event, out.build());
    }

    /** Publishes pre-encoded bytes (a scripted or deliberately malformed event) under {@code type}. */
    public void publishRaw(String type, ByteString bytes) {
        publish(type, null, bytes);
    }

    private void publish(String type, TorEvent event, ByteString bytes) {
        for (EventListener l : listeners) {
            l.published(event, bytes);
        }
        for (ControlSession s : sessions) {
            if (s.isSubscribed(type) && s.queueEvent(bytes)) {
                queued.add(s);
            }
        }
    }

    /** Writes every session's queued events; the reactor calls this after each round. */
    void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<ControlSession> batch = queued;
        queued = new ArrayList<>();
        for (ControlSession s : batch) {
            s.flushEvents();
        }
    }

}
