package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Router lists ({@code ExitNodes}, {@code EntryNodes}, ...) as tor's {@code routerset_parse} reads
 * them: comma-separated nicknames, {@code $}-prefixed or bare fingerprints (optionally with
 * {@code ~name} or {@code =name}), {@code {cc}} country codes and address patterns. One malformed
 * entry refuses the whole list; the accepted list is written back joined with commas.
 */
final class RouterSets {
    private RouterSets() {
    }

    static Optional<String> normalize(String value) {
        List<String> out = new ArrayList<>();
        for (String entry : OptionValues.splitList(value)) {
            if (!valid(entry)) {
                return Optional.empty();
            }
            out.add(entry);
        }
        return Optional.of(String.join(",", out));
    }

    private static boolean valid(String e) {
        if (isHexDigest(e) || isNickname(e)) {
            return true;
        }
        if (e.startsWith("{") && e.endsWith("}")) {
            return true;
        }
        return (e.contains(".") || e.contains(":") || e.contains("*")) && AddressPattern.valid(e);
    }

    static boolean isNickname(String s) {
        return !s.isEmpty() && s.length() <= 19 && s.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean isHexDigest(String s) {
        String d = s.startsWith("$") ? s.substring(1) : s;
        int n = 0;
        while (n < d.length() && Character.digit(d.charAt(n), 16) >= 0 && d.charAt(n) < 128) {
            n++;
        }
        if (n != 40) {
            return false;
        }
        if (n == d.length()) {
            return true;
        }
        char sep = d.charAt(n);
        return (sep == '~' || sep == '=') && isNickname(d.substring(n + 1));
    }
}
