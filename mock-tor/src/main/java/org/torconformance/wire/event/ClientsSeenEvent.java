package org.torconformance.wire.event;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** {@code 650 CLIENTS_SEEN TimeStarted="…" CountrySummary=cc=n,… IPVersions=v4=n,v6=n} (bridges only). */
public record ClientsSeenEvent(EventArgs args) implements SingleLineEvent {
    public static final String TYPE = "CLIENTS_SEEN";

    static ClientsSeenEvent from(EventLine l) {
        return new ClientsSeenEvent(l.argsFrom(0));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ByteString text() {
        return EventLine.build(TYPE, List.of(), args);
    }

    public Optional<String> timeStarted() {
        return args.string("TimeStarted");
    }

    public List<String> countrySummary() {
        return args.list("CountrySummary");
    }

    public List<String> ipVersions() {
        return args.list("IPVersions");
    }
}
