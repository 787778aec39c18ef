package org.torconformance.conformance.network;

import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.wire.Reply;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;

/**
 * An event a library delivered, read back with the project's codec so every library's events are
 * checked the same way. Libraries give the line in different forms: the whole text ({@code CIRC 5
 * BUILT …}, the reference client and stem) or the text after the keyword (jtorctl's raw listener).
 */
public record ObservedEvent(String text, TorEvent event) {

    public static ObservedEvent of(ControllerEvent e) {
        String line = e.lines().isEmpty() ? e.type() : e.lines().get(0);
        if (line.length() > 4 && line.startsWith("650") && (line.charAt(3) == ' ' || line.charAt(3) == '-')) {
            line = line.substring(4);
        }
        if (!line.equals(e.type()) && !line.startsWith(e.type() + " ")) {
            line = e.type() + " " + line;
        }
        return new ObservedEvent(line, Events.parse(Reply.of(650, line)));
    }

    public String type() {
        return event.type();
    }
}
