package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.torconformance.control.config.Alias;
import org.torconformance.control.config.OptionTable;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.KvLine;

/**
 * Which generated commands may be sent to a live tor: nothing that changes what outlives the
 * connection beyond a few harmless options, and nothing that crashes or stops it. Deliberately
 * conservative: when in doubt a command is left out.
 */
final class HarmlessCommands implements Predicate<Command> {
    /** The only options SETCONF and RESETCONF may touch; the test resets them after use. */
    static final List<String> SETTABLE = List.of("ContactInfo", "Nickname", "SafeLogging", "MaxCircuitDirtiness");

    /** Persist or reload the configuration, signal (HALT, SHUTDOWN, ...), take over tor's life, or forget its guards. */
    private static final Set<String> NEVER = Set.of("SAVECONF", "LOADCONF", "SIGNAL", "TAKEOWNERSHIP", "DROPOWNERSHIP", "DROPGUARDS");

    private final List<String> optionNames;

    /** @param optionNames the live tor's option names ({@code GETINFO config/names}), in its order */
    HarmlessCommands(List<String> optionNames) {
        this.optionNames = List.copyOf(optionNames);
    }

    @Override
    public boolean test(Command c) {
        return whyNot(c).isEmpty();
    }

    Optional<String> whyNot(Command c) {
        String keyword = c.keyword().toUpperAscii();
        String bare = keyword.startsWith("+") ? keyword.substring(1) : keyword;
        if (NEVER.contains(bare)) {
            return Optional.of(bare + " changes tor beyond this connection");
        }
        String text = c.arguments().latin1().toUpperCase(Locale.ROOT);
        switch (keyword) {
            case "SETCIRCUITPURPOSE" -> {
                // no positional argument makes tor 0.4.9.11 read a NULL circuit id: SIGSEGV
                if (!hasVisibleByteBeforeNul(c.arguments())) {
                    return Optional.of("SETCIRCUITPURPOSE without a circuit id crashes tor 0.4.9.11");
                }
            }
            case "SETCONF", "RESETCONF" -> {
                for (String key : possibleKeys(c.arguments())) {
                    Optional<String> option = touchedOption(key);
                    if (option.isPresent()) {
                        return Optional.of(keyword + " may change " + option.get());
                    }
                }
            }
            case "ADD_ONION" -> {
                if (text.contains("DETACH")) {
                    return Optional.of("a detached onion service outlives the connection");
                }
            }
            case "ONION_CLIENT_AUTH_ADD" -> {
                if (text.contains("PERMANENT")) {
                    return Optional.of("a permanent client key is written to disk");
                }
            }
            default -> {
                // answered without lasting effects: queries, connection state, unknown ids
            }
        }
        return Optional.empty();
    }

    private static boolean hasVisibleByteBeforeNul(ByteString args) {
        for (int i = 0; i < args.length() && args.at(i) != 0; i++) {
            if (args.at(i) > ' ' && args.at(i) < 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every key tor could see: the keys of the mock's kvline parse (tor's own algorithm), and, in
     * case that parse is wrong, what precedes {@code =} in each whitespace-separated word.
     */
    static List<String> possibleKeys(ByteString args) {
        List<String> keys = new ArrayList<>();
        try {
            KvLine.parse(args, EnumSet.of(KvLine.Flag.OMIT_VALS, KvLine.Flag.QUOTED)).forEach(e -> keys.add(e.key().latin1()));
        } catch (IllegalArgumentException e) {
            // tor refuses the line too (512); the words below still count
        }
        for (String word : args.latin1().split("[\\s\u0000]+")) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? word : word.substring(0, eq);
            keys.add(key.startsWith("\"") ? key.substring(1) : key);
        }
        return keys;
    }

    /**
     * The option outside {@link #SETTABLE} that {@code key} could set: after an alias, by exact
     * name, or as an abbreviation (tor accepts any prefix of an option name). Empty when none.
     */
    Optional<String> touchedOption(String key) {
        if (key.isEmpty()) {
            return Optional.empty(); // tor looks up no option for an empty key
        }
        List<String> candidates = new ArrayList<>(List.of(key));
        for (Alias a : OptionTable.tor().aliases()) {
            if (a.from().equalsIgnoreCase(key)) {
                candidates.add(a.to());
            }
        }
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            for (String name : optionNames) {
                if (name.toLowerCase(Locale.ROOT).startsWith(lower) && SETTABLE.stream().noneMatch(name::equalsIgnoreCase)) {
                    return Optional.of(name);
                }
            }
            if (!candidate.equals(key) && SETTABLE.stream().noneMatch(candidate::equalsIgnoreCase)) {
                return Optional.of(candidate); // an alias of an option this tor does not list
            }
        }
        return Optional.empty();
    }
}
