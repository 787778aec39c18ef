package org.torconformance.control.circuits;

import java.util.ArrayList;
import java.util.List;

/** Reads the mock's consensus relays from {@code ns/all} as {@code $FP~nickname}. */
final class Relays {
    private Relays() {
    }

    static List<String> names(Controller c) {
        List<String> out = new ArrayList<>();
        for (String line : c.command("GETINFO ns/all").split("\r\n")) {
            if (line.startsWith("r ")) {
                String[] f = line.split(" ");
                byte[] id = java.util.Base64.getDecoder().decode(f[2]);
                out.add("$" + java.util.HexFormat.of().withUpperCase().formatHex(id) + "~" + f[1]);
            }
        }
        return out;
    }
}
