package org.torconformance.conformance.steps;

import java.util.Locale;
import org.torconformance.conformance.controller.ControllerEvent;

/**
 * An event's text as the library exposes it, made comparable across libraries: the lines joined
 * by LF, without the event keyword some libraries keep in front (stem's str(event)) and others
 * strip (jtorctl, txtorcon).
 */
final class EventText {
    private EventText() {
    }

    static String of(ControllerEvent e) {
        String text = String.join("\n", e.lines());
        String type = e.type().toUpperCase(Locale.ROOT);
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals(type)) {
            return "";
        }
        if (upper.startsWith(type + " ") || upper.startsWith(type + "\n")) {
            return text.substring(type.length() + 1);
        }
        return text;
    }

    static boolean isType(ControllerEvent e, String type) {
        return e.type().equalsIgnoreCase(type);
    }
}
