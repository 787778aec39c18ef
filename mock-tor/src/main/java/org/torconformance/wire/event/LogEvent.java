package org.torconformance.wire.event;

import java.util.Set;
import org.torconformance.wire.ByteString;

/**
 * {@code 650 <DEBUG|INFO|NOTICE|WARN|ERR> <message>}: tor writes log events on one line (CR and LF
 * in the message become spaces). The spec's {@code 650+<severity>} data form is read too, as
 * {@link #dataForm}.
 */
public record LogEvent(String severity, ByteString message, boolean dataForm) implements SingleLineEvent {
    public static final Set<String> SEVERITIES = Set.of("DEBUG", "INFO", "NOTICE", "WARN", "ERR");

    public LogEvent {
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("not a log severity: " + severity);
        }
    }

    public static LogEvent of(String severity, String message) {
        return new LogEvent(severity, ByteString.latin1(message), false);
    }

    @Override
    public String type() {
        return severity;
    }

    @Override
    public ByteString text() {
        return ByteString.concat(ByteString.latin1(severity + " "), message);
    }

    @Override
    public org.torconformance.wire.Reply toReply() {
        if (!dataForm) {
            return SingleLineEvent.super.toReply();
        }
        return org.torconformance.wire.Reply.builder()
                .data(650, ByteString.latin1(severity), message)
                .end(650, "OK");
    }
}
