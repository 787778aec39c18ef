package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.event.ConfChangedEvent;

/**
 * What CONF_CHANGED reports ({@code config_get_changes}): every option whose value changed, in
 * tor's option order, with its new lines written as GETCONF writes them, or just its name when it
 * has none left. A group is reported as a whole, through its virtual option.
 */
final class ConfChanges {
    private ConfChanges() {
    }

    static List<ConfChangedEvent.Change> between(ConfigState old, ConfigState now) {
        List<ConfChangedEvent.Change> out = new ArrayList<>();
        for (OptionDef def : now.table().all()) {
            if (def.type().isContained() || old.same(now, def)) {
                continue;
            }
            List<ConfigLine> lines = now.slot(def);
            if (lines.isEmpty()) {
                out.add(new ConfChangedEvent.Change(ByteString.latin1(def.name()), Optional.empty()));
            }
            for (ConfigLine l : lines) {
                out.add(new ConfChangedEvent.Change(ByteString.latin1(l.key()), Optional.of(ByteString.latin1(l.writtenValue()))));
            }
        }
        return out;
    }
}
