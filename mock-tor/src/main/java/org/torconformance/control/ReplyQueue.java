package org.torconformance.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.event.TorEvent;

/**
 * MockWebServer-style scripting of the model: canned answers for the next matching command, and
 * events to publish after a given command has been answered. The authentication handshake
 * (PROTOCOLINFO, AUTHENTICATE, AUTHCHALLENGE) is never taken by a keyword-less canned answer.
 */
public final class ReplyQueue implements CommandInterceptor {
    private record Canned(Optional<String> keyword, ByteString bytes) {
    }

    private record After(String keyword, TorEvent event) {
    }

    private final TorModel model;
    private final Deque<Canned> canned = new ArrayDeque<>();
    private final Deque<After> after = new ArrayDeque<>();
    /** Canned answers plus pending publications: read without the lock, so an idle queue costs a volatile read per command. */
    private volatile int queued;

    private ReplyQueue(TorModel model) {
        this.model = model;
    }

    public static ReplyQueue install(TorModel model) {
        ReplyQueue q = new ReplyQueue(model);
        model.addInterceptor(q);
        return q;
    }

    /** The next command (with {@code keyword}, or any but the handshake when empty) gets these bytes. */
    public synchronized void enqueue(Optional<String> keyword, ByteString bytes) {
        canned.add(new Canned(keyword, bytes));
        queued = canned.size() + after.size();
    }

    /** After the next command with {@code keyword} is answered, publish {@code event}. */
    public synchronized void publishAfter(String keyword, TorEvent event) {
        after.add(new After(keyword, event));
        queued = canned.size() + after.size();
    }

    public synchronized void clear() {
        canned.clear();
        after.clear();
        queued = 0;
    }

    @Override
    public boolean intercept(ControlSession session, Command command) {
        if (queued == 0) {
            return false;
        }
        ByteString answer = null;
        synchronized (this) {
            for (Iterator<After> it = after.iterator(); it.hasNext(); ) {
                After a = it.next();
                if (command.is(a.keyword())) {
                    it.remove();
                    model.reactor().execute(() -> model.events().publish(a.event()));
                    break;
                }
            }
            for (Iterator<Canned> it = canned.iterator(); it.hasNext(); ) {
                Canned c = it.next();
                boolean matches = c.keyword().map(command::is).orElse(!isHandshake(command));
                if (matches) {
                    it.remove();
                    answer = c.bytes();
                    break;
                }
            }
            queued = canned.size() + after.size();
        }
        if (answer == null) {
            return false;
        }
        session.write(answer);
        return true;
    }

    private static boolean isHandshake(Command c) {
        return c.is("PROTOCOLINFO") || c.is("AUTHENTICATE") || c.is("AUTHCHALLENGE");
    }
}
