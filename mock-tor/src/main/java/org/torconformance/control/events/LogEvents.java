package org.torconformance.control.events;

import org.torconformance.control.TorModel;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.event.LogEvent;

/**
 * The mocked tor's log, as controllers see it: {@code 650 NOTICE <message>} and the other
 * severities, shaped as {@code control_event_logmsg} shapes them. Tor logs INFO and DEBUG lines
 * with the C function's name in front ({@code "signewnym_impl(): Ignoring ..."}); callers pass that
 * prefix as part of the message.
 */
public final class LogEvents {
    private final TorModel model;

    private LogEvents(TorModel model) {
        this.model = model;
    }

    public static LogEvents of(TorModel model) {
        return model.part(LogEvents.class, () -> new LogEvents(model));
    }

    /** {@code severity} is DEBUG, INFO, NOTICE, WARN or ERR. */
    public void publishLog(String severity, String message) {
        model.events().publish(new LogEvent(severity, controllerForm(ByteString.latin1(message)), false));
    }

    public void notice(String message) {
        publishLog("NOTICE", message);
    }

    public void info(String message) {
        publishLog("INFO", message);
    }

    public void warn(String message) {
        publishLog("WARN", message);
    }

    /**
     * Tor only rewrites a message that holds a LF: then every CR and LF becomes a space and
     * trailing spaces go. A message with a lone CR but no LF is sent as it is.
     */
    static ByteString controllerForm(ByteString message) {
        if (!message.contains('\n')) {
            return message;
        }
        ByteStringBuilder out = new ByteStringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            int b = message.at(i);
            out.append(b == '\r' || b == '\n' ? ' ' : b);
        }
        ByteString spaced = out.build();
        int end = spaced.length();
        while (end > 0 && spaced.at(end - 1) == ' ') {
            end--;
        }
        return spaced.slice(0, end);
    }
}
