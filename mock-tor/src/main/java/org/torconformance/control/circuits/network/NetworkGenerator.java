package org.torconformance.control.circuits.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the simulated consensus from the mock's seeded random: a small network with guards,
 * middles and exits, addresses in the documentation ranges (never reachable), tor's flag order.
 */
final class NetworkGenerator {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "to", "va", "zi", "bel", "dor", "fen",
        "gar", "hil", "jun", "kor", "lum", "mar", "nox", "pel", "quin", "ros", "sil", "tar", "vel", "wyn"};
    private static final String[] PREFIXES = {"192.0.2.", "198.51.100.", "203.0.113."};

    /** Role of each relay, in order: 3 directory authorities, guards, middles, exits. */
    private static final List<List<String>> ROLES = List.of(
            List.of("Authority", "Fast", "Guard", "HSDir", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Authority", "Fast", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Authority", "Exit", "Fast", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Fast", "Guard", "HSDir", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Fast", "Guard", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Fast", "Guard", "HSDir", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Fast", "Running", "V2Dir", "Valid"),
            List.of("Fast", "HSDir", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Exit", "Fast", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Exit", "Fast", "Guard", "HSDir", "Running", "Stable", "V2Dir", "Valid"),
            List.of("Exit", "Fast", "Running", "V2Dir", "Valid"));

    private NetworkGenerator() {
    }

    /** The relays, sorted by identity as a consensus lists them. */
    static List<Relay> generate(RandomGenerator random) {
        List<Relay> relays = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (List<String> flags : ROLES) {
            String nickname = uniqueNickname(random, names);
            String address;
            do {
                address = PREFIXES[random.nextInt(PREFIXES.length)] + (1 + random.nextInt(254));
            } while (!addresses.add(address));
            byte[] id = new byte[20];
            random.nextBytes(id);
            boolean exit = flags.contains("Exit");
            int orPort = random.nextBoolean() ? 9001 : 443;
            int dirPort = flags.contains("Authority") ? 80 : 0;
            int bandwidth = 100 + random.nextInt(40_000);
            relays.add(new Relay(nickname, new Fingerprint(id), address, orPort, dirPort, flags, bandwidth,
                    MicrodescriptorText.create(random, exit), exit));
        }
        relays.sort((a, b) -> a.identity().compareTo(b.identity()));
        return relays;
    }

    private static String uniqueNickname(RandomGenerator random, Set<String> taken) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            if (random.nextInt(3) == 0) {
                sb.append(random.nextInt(10));
            }
            if (taken.add(sb.toString().toLowerCase(java.util.Locale.ROOT))) {
                return sb.toString();
            }
        }
    }
}
