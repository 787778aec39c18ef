package org.torconformance.cli.dropin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TorOptionsTest {
    private static ConfigLine set(String k, String v) {
        return new ConfigLine(k, v, ConfigLine.Op.SET);
    }

    @Test
    @DisplayName("a later layer replaces an option, lines within a layer accumulate, + appends and / clears")
    void layers() {
        List<String> unknown = new ArrayList<>();
        TorOptions o = TorOptions.merge(List.of(
                List.of(set("socksport", "9050"), set("Log", "notice stdout"), set("Nickname", "a")),
                List.of(set("SOCKSPort", "0"), set("Log", "info file /x"), set("Log", "err stderr"), set("FooBar", "1")),
                List.of(new ConfigLine("Log", "debug stdout", ConfigLine.Op.APPEND),
                        new ConfigLine("nickname", "", ConfigLine.Op.CLEAR))), unknown::add);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("SocksPort", List.of("0"));
        expected.put("Log", List.of("info file /x", "err stderr", "debug stdout"));
        assertEquals(expected, o.all());
        assertEquals(List.of("FooBar"), unknown);
    }
}
