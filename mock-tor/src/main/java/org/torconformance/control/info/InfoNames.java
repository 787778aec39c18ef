package org.torconformance.control.info;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.control.InfoRegistry;

/**
 * {@code GETINFO info/names}, as tor's {@code list_getinfo_options} writes it: one
 * {@code name -- description} line per documented key ({@code name*} for a prefix), sorted as
 * whole lines by byte value, each ending in LF.
 */
final class InfoNames {
    private InfoNames() {
    }

    static String list(List<InfoRegistry.Documented> documented) {
        List<String> lines = new ArrayList<>();
        for (InfoRegistry.Documented d : documented) {
            lines.add(d.name() + (d.prefix() ? "*" : "") + " -- " + d.description() + "\n");
        }
        lines.sort(null);
        return String.join("", lines);
    }
}
