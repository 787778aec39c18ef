package org.torconformance.conformance.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.conformance.controller.Controller;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.Events;

/**
 * The properties every correct controller holds on a {@link FuzzCase}: each GETINFO returns
 * exactly the generated values (unescaped and unstuffed once, no line lost or merged, each reply
 * paired with its own command); events of subscribed types arrive in order, none lost, none
 * leaked into replies; unknown events break nothing; every call returns within its bound.
 */
public final class ClientProperties {
    private ClientProperties() {
    }

    /** Empty when the library held every property; otherwise what it did wrong. */
    public static Optional<String> check(Controller controller, FuzzCase c, Duration eventWait) {
        try {
            if (!c.subscribed().isEmpty()) {
                controller.setEvents(c.subscribed());
            }
            for (int i = 0; i < c.exchanges().size(); i++) {
                FuzzCase.Exchange x = c.exchanges().get(i);
                Map<String, String> got = controller.getInfo(x.keys());
                for (FuzzCase.Entry e : x.entries()) {
                    String v = got.get(e.key());
                    boolean ok = v != null && (v.equals(e.value()) || (e.dataBlock() && v.equals(e.value() + "\n")));
                    if (!ok) {
                        return Optional.of("exchange " + (i + 1) + ", GETINFO " + e.key() + ": expected " + show(e.value())
                                + (e.dataBlock() ? " (data block)" : "") + ", got " + (v == null ? "no value" : show(v)));
                    }
                }
                if (got.size() != x.entries().size()) {
                    return Optional.of("exchange " + (i + 1) + ": expected keys " + x.keys() + ", got " + got.keySet());
                }
            }
            List<String> expected = expectedEventTypes(c);
            if (!expected.isEmpty()) {
                controller.awaitEvent(e -> delivered(controller, c).size() >= expected.size(), eventWait);
            }
            List<String> delivered = delivered(controller, c);
            if (!delivered.equals(expected)) {
                return Optional.of("events: expected " + expected + " in this order, the library delivered " + delivered);
            }
            return Optional.empty();
        } catch (LibraryError e) {
            return Optional.of("the library failed: " + e.getMessage());
        } catch (Hang e) {
            return Optional.of("HANG: " + e.getMessage());
        }
    }

    /** The types of the generated events the library subscribed to, in the order they were sent. */
    static List<String> expectedEventTypes(FuzzCase c) {
        List<String> out = new ArrayList<>();
        List<org.torconformance.wire.ByteString> all = new ArrayList<>();
        c.exchanges().forEach(x -> all.addAll(x.eventsBefore()));
        all.addAll(c.trailingEvents());
        for (org.torconformance.wire.ByteString bytes : all) {
            byte[] b = bytes.toByteArray();
            for (ReplyFrame f : new ReplyDecoder().feed(b)) {
                if (f instanceof Reply r) {
                    String type = Events.parse(r).type();
                    if (c.subscribed().contains(type)) {
                        out.add(type);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> delivered(Controller controller, FuzzCase c) {
        return controller.events().stream().map(ControllerEvent::type).filter(c.subscribed()::contains).toList();
    }

    private static String show(String s) {
        String escaped = org.torconformance.wire.ByteString.utf8(s).toString();
        return "\"" + (escaped.length() > 200 ? escaped.substring(0, 200) + "…(" + s.length() + " chars)" : escaped) + "\"";
    }
}
