package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The mock's options, mirrored from the torrc the live tor really runs with, so that both answer
 * GETCONF alike: the lines LiveTor generates (Log, SocksPort 0, DisableNetwork 1,
 * __OwningControllerProcess, ...) with the live data directory replaced by the mock's, then the
 * file's own {@code @torrc} lines. The mock listens on a free port whatever its ControlPort
 * option says ({@code 127.0.0.1:auto}, as tor's). Left out: the DataDirectory, which the mock sets
 * itself, and the authentication lines LiveTor derived from {@code @auth}, which the mock gets
 * from its own {@code auth(...)}.
 */
final class MockOptions {
    record Option(String name, String value) {
    }

    private static final Set<String> MOCK_MANAGED = Set.of("datadirectory");
    private static final Set<String> FROM_AUTH = Set.of("cookieauthentication", "hashedcontrolpassword");

    private MockOptions() {
    }

    /**
     * @param liveTorrc the live tor's torrc, whose last lines are {@code extras}
     * @param extras    the file's torrc lines as they were given to LiveTor
     */
    static List<Option> mirror(List<String> liveTorrc, List<String> extras, String liveDataDirectory,
            String mockDataDirectory) {
        int generated = liveTorrc.size() - extras.size();
        if (generated < 0 || !liveTorrc.subList(generated, liveTorrc.size()).equals(extras)) {
            throw new IllegalStateException("the live torrc does not end with the file's @torrc lines: " + liveTorrc);
        }
        List<Option> out = new ArrayList<>();
        for (String line : liveTorrc.subList(0, generated)) {
            option(line).filter(o -> !MOCK_MANAGED.contains(key(o)) && !FROM_AUTH.contains(key(o)))
                    .map(o -> new Option(o.name(), o.value().replace(liveDataDirectory, mockDataDirectory)))
                    .ifPresent(out::add);
        }
        for (String line : extras) {
            option(line).ifPresent(out::add);
        }
        return out;
    }

    private static String key(Option o) {
        return o.name().toLowerCase(Locale.ROOT);
    }

    /** A torrc line as name and value; nothing for blank and comment lines. */
    static java.util.Optional<Option> option(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return java.util.Optional.empty();
        }
        int sp = indexOfBlank(s);
        return java.util.Optional.of(sp < 0 ? new Option(s, "") : new Option(s.substring(0, sp), s.substring(sp + 1).strip()));
    }

    private static int indexOfBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                return i;
            }
        }
        return -1;
    }
}
