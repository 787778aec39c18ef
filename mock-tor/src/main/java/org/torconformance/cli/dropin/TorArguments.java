package org.torconformance.cli.dropin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tor's command line ({@code config_parse_commandline}): tor's own flags ({@code -f},
 * {@code --hash-password}, ...) and everything else as option lines, where a key may carry one or
 * two leading dashes or none ({@code --SocksPort 0}, {@code SocksPort 0}), and {@code +Key} or
 * {@code /Key} as in a torrc. Every option takes a value except a {@code /Key}.
 *
 * @param options the option lines, in order
 * @param flags   tor's own flags, in order, with their values ("" when they take none)
 * @param mode    what tor was asked to do; the last command flag wins, as in tor
 * @param error   tor's warning when the line cannot be parsed (a missing value)
 */
public record TorArguments(List<ConfigLine> options, List<Flag> flags, Mode mode, String modeArgument, Quiet quiet,
        Optional<String> error) {

    public TorArguments {
        options = List.copyOf(options);
        flags = List.copyOf(flags);
    }

    public enum Mode {
        RUN_TOR, HASH_PASSWORD, VERIFY_CONFIG, LIST_FINGERPRINT, VERSION, HELP, LIST_TORRC_OPTIONS,
        /** A command of tor's the mock does not implement (--keygen, --dump-config, ...). */
        UNSUPPORTED
    }

    /** How much tor logs to the console before its configuration says otherwise. */
    public enum Quiet { NORMAL, HUSH, SILENT }

    public record Flag(String name, String value) {
    }

    private enum Arg { NONE, NECESSARY, OPTIONAL }

    private record Known(String name, String shortName, Arg arg, Mode mode, Quiet quiet) {
    }

    /** Tor 0.4.9's CMDLINE_ONLY_OPTIONS. */
    private static final List<Known> KNOWN = List.of(
            new Known("--torrc-file", "-f", Arg.NECESSARY, null, null),
            new Known("--allow-missing-torrc", null, Arg.NONE, null, null),
            new Known("--defaults-torrc", null, Arg.NECESSARY, null, null),
            new Known("--hash-password", null, Arg.NECESSARY, Mode.HASH_PASSWORD, Quiet.HUSH),
            new Known("--dump-config", null, Arg.OPTIONAL, Mode.UNSUPPORTED, Quiet.SILENT),
            new Known("--list-fingerprint", null, Arg.OPTIONAL, Mode.LIST_FINGERPRINT, null),
            new Known("--keygen", null, Arg.NONE, Mode.UNSUPPORTED, null),
            new Known("--key-expiration", null, Arg.OPTIONAL, Mode.UNSUPPORTED, null),
            new Known("--format", null, Arg.NECESSARY, null, null),
            new Known("--newpass", null, Arg.NONE, null, null),
            new Known("--no-passphrase", null, Arg.NONE, null, null),
            new Known("--passphrase-fd", null, Arg.NECESSARY, null, null),
            new Known("--verify-config", null, Arg.NONE, Mode.VERIFY_CONFIG, null),
            new Known("--ignore-missing-torrc", null, Arg.NONE, null, null),
            new Known("--quiet", null, Arg.NONE, null, Quiet.SILENT),
            new Known("--hush", null, Arg.NONE, null, Quiet.HUSH),
            new Known("--version", null, Arg.NONE, Mode.VERSION, Quiet.HUSH),
            new Known("--list-modules", null, Arg.NONE, Mode.UNSUPPORTED, Quiet.HUSH),
            new Known("--library-versions", null, Arg.NONE, Mode.UNSUPPORTED, Quiet.HUSH),
            new Known("--help", "-h", Arg.NONE, Mode.HELP, Quiet.HUSH),
            new Known("--list-torrc-options", null, Arg.NONE, Mode.LIST_TORRC_OPTIONS, Quiet.HUSH),
            new Known("--list-deprecated-options", null, Arg.NONE, Mode.UNSUPPORTED, null),
            new Known("--nt-service", null, Arg.NONE, null, null),
            new Known("-nt-service", null, Arg.NONE, null, null),
            new Known("--dbg-dump-subsystem-list", null, Arg.NONE, Mode.UNSUPPORTED, Quiet.HUSH));

    public static TorArguments parse(List<String> argv) {
        List<ConfigLine> options = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Mode mode = Mode.RUN_TOR;
        String modeArgument = "";
        Quiet quiet = Quiet.NORMAL;
        for (int i = 0; i < argv.size(); ) {
            String a = argv.get(i);
            Known known = known(a);
            String key = stripDashes(a);
            Arg arg = known != null ? known.arg() : (key.startsWith("/") ? Arg.NONE : Arg.NECESSARY);
            boolean last = i == argv.size() - 1;
            if (known != null && known.quiet() != null && known.quiet().compareTo(quiet) > 0) {
                quiet = known.quiet();
            }
            if (known != null && known.mode() != null) {
                mode = known.mode();
            }
            if (arg == Arg.NECESSARY && last) {
                return new TorArguments(options, flags, mode, modeArgument, quiet,
                        Optional.of("Command-line option '" + a + "' with no value. Failing."));
            }
            boolean takesNext = arg == Arg.NECESSARY || (arg == Arg.OPTIONAL && !last && !argv.get(i + 1).startsWith("-"));
            String value = takesNext ? argv.get(i + 1) : "";
            if (known != null) {
                flags.add(new Flag(known.name(), value));
                if (known.mode() != null) {
                    modeArgument = known.mode() == Mode.UNSUPPORTED ? known.name() : value;
                }
            } else {
                options.add(ConfigLine.of(expandAbbreviation(key), value));
            }
            i += takesNext ? 2 : 1;
        }
        return new TorArguments(options, flags, mode, modeArgument, quiet, Optional.empty());
    }

    /** The value of the last occurrence of {@code flag}, if given. */
    public Optional<String> flag(String name) {
        Optional<String> v = Optional.empty();
        for (Flag f : flags) {
            if (f.name().equals(name)) {
                v = Optional.of(f.value());
            }
        }
        return v;
    }

    public boolean has(String name) {
        return flag(name).isPresent();
    }

    private static Known known(String a) {
        for (Known k : KNOWN) {
            if (a.equals(k.name()) || a.equals(k.shortName())) {
                return k;
            }
        }
        return null;
    }

    private static String stripDashes(String a) {
        String s = a.startsWith("-") ? a.substring(1) : a;
        return s.startsWith("-") ? s.substring(1) : s;
    }

    /**
     * Tor's command-line-only aliases: {@code -l} for Log, and HashedControlPassword, which on the
     * command line sets the session password {@code __HashedControlSessionPassword}.
     */
    private static String expandAbbreviation(String key) {
        String bare = key.startsWith("+") || key.startsWith("/") ? key.substring(1) : key;
        String prefix = key.substring(0, key.length() - bare.length());
        if (bare.equalsIgnoreCase("l")) {
            return prefix + "Log";
        }
        if (bare.equalsIgnoreCase("HashedControlPassword")) {
            return prefix + "__HashedControlSessionPassword";
        }
        return key;
    }
}
