package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.torconformance.gen.CommandGenerators;
import org.torconformance.gen.Generator;
import org.torconformance.gen.KnownCommandGenerators;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/**
 * Commands for the differential test: half the generic (mostly malformed) ones of
 * {@link CommandGenerators}; configuration commands aimed at the options tor may be asked to change
 * ({@link HarmlessCommands#SETTABLE}), with odd names, abbreviations and bad values, so that option
 * lookup and validation are compared too; and {@link KnownCommandGenerators#known()}. Only commands
 * the filter accepts come out.
 */
final class DifferentialCommands {
    private static final List<String> KEYS = List.of("ContactInfo", "Nickname", "SafeLogging", "MaxCircuitDirtiness",
            "contactinfo", "NICKNAME", "Contact", "Nick", "x", "Unknown", "\"ContactInfo\"", "ContactInfo\"", "");
    private static final List<String> VALUES = List.of("x", "", "1", "0", "relay", "-1", "30", "\"30 minutes\"", "\"quoted value\"",
            "\"a\\\"b\"", "\"unterminated", "\"\\101\\x41\"", "\"a\\nb\"", "\u00e9", "\"\u00e9\"", "bad-nick", "abcdefghijklmnopqrst",
            "\"\"", "=", "a\u0000b", "\"\\0\"", "99999999999999999999");
    private static final List<String> CONFIG_KEYWORDS = List.of("SETCONF", "RESETCONF", "GETCONF", "setconf", "ResetConf");

    private DifferentialCommands() {
    }

    static Generator<Command> generator(Predicate<Command> harmless) {
        return Generator.<Command>weighted(List.of(Generator.weight(5, CommandGenerators.command()), Generator.weight(2, config()),
                Generator.weight(3, KnownCommandGenerators.known()))).filter(harmless, 20, Command.of("GETINFO", "version"));
    }

    /** SETCONF, RESETCONF and GETCONF of the settable options, by odd names and with odd values. */
    static Generator<Command> config() {
        return c -> {
            c.note("command:config");
            String keyword = c.pick(CONFIG_KEYWORDS);
            List<String> entries = new ArrayList<>();
            int n = c.between(1, 3);
            for (int i = 0; i < n; i++) {
                String key = c.pick(KEYS);
                entries.add(c.chance(75) ? key + "=" + c.pick(VALUES) : key);
            }
            return new Command(ByteString.latin1(keyword), ByteString.latin1(String.join(" ", entries)), Optional.empty());
        };
    }
}
