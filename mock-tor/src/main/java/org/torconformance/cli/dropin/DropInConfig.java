package org.torconformance.cli.dropin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.torconformance.crypto.HashedPassword;

/**
 * What the drop-in tor acts on, read from the merged options with tor's validation messages. The
 * other options go to the mock's configuration untouched ({@link #passThrough()}), where GETCONF
 * sees them.
 *
 * @param logTimeGranularity how finely log timestamps are cut once the configuration is in effect
 * @param ignoredFlags       listener flags the mock accepts but does not act on
 */
public record DropInConfig(
        Optional<Path> dataDirectory,
        List<ControlListener> controlListeners,
        boolean cookieAuthentication,
        Optional<Path> cookieAuthFile,
        boolean cookieAuthFileGroupReadable,
        List<String> hashedControlPasswords,
        Optional<Path> controlPortWriteToFile,
        boolean controlPortFileGroupReadable,
        boolean disableNetwork,
        List<LogSpec> logs,
        Duration logTimeGranularity,
        OptionalLong owningControllerProcess,
        List<String> socksPorts,
        Map<String, List<String>> passThrough,
        List<String> ignoredFlags) {

    /** Options the drop-in hands to the mock in its own way rather than as configuration lines. */
    private static final Set<String> HANDLED_BY_BUILDER = Set.of("DataDirectory", "ControlPort");

    public DropInConfig {
        controlListeners = List.copyOf(controlListeners);
        hashedControlPasswords = List.copyOf(hashedControlPasswords);
        logs = List.copyOf(logs);
        socksPorts = List.copyOf(socksPorts);
        ignoredFlags = List.copyOf(ignoredFlags);
    }

    public boolean anyAuthentication() {
        return cookieAuthentication || !hashedControlPasswords.isEmpty();
    }

    public static DropInConfig interpret(TorOptions o) throws TorConfigException {
        List<ControlListener> listeners = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String v : o.values("ControlPort")) {
            ControlListener.Parsed p = ControlListener.parse(v);
            p.listener().ifPresent(listeners::add);
            ignored.addAll(p.ignoredFlags());
        }
        boolean socketsGroupWritable = bool(o, "ControlSocketsGroupWritable");
        for (String v : o.values("ControlSocket")) {
            if (!v.equals("0")) {
                listeners.add(new ControlListener.Unix(Path.of(v), socketsGroupWritable, false, false));
            }
        }
        for (String option : List.of("HashedControlPassword", "__HashedControlSessionPassword")) {
            for (String h : o.values(option)) {
                try {
                    HashedPassword.parse(h);
                } catch (IllegalArgumentException e) {
                    throw TorConfigException.invalid("Bad " + option.replace("__", "") + ": wrong length or bad encoding");
                }
            }
        }
        if (bool(o, "RunAsDaemon")) {
            throw TorConfigException.invalid("mock-tor cannot run as a daemon (RunAsDaemon 1); "
                    + "run it in the foreground and stop it by pid");
        }
        List<LogSpec> logs = new ArrayList<>();
        for (String v : o.values("Log")) {
            logs.add(LogSpec.parse(v));
        }
        Map<String, List<String>> passThrough = new LinkedHashMap<>(o.all());
        HANDLED_BY_BUILDER.forEach(passThrough::remove);
        return new DropInConfig(
                path(o, "DataDirectory"),
                listeners,
                bool(o, "CookieAuthentication"),
                path(o, "CookieAuthFile"),
                o.value("CookieAuthFileGroupReadable").map(v -> !v.equals("0")).orElse(false),
                passwords(o),
                path(o, "ControlPortWriteToFile"),
                bool(o, "ControlPortFileGroupReadable"),
                bool(o, "DisableNetwork"),
                logs,
                granularity(o),
                owner(o),
                o.values("SocksPort"),
                passThrough,
                ignored);
    }

    private static List<String> passwords(TorOptions o) {
        List<String> all = new ArrayList<>(o.values("HashedControlPassword"));
        all.addAll(o.values("__HashedControlSessionPassword"));
        return all;
    }

    private static Optional<Path> path(TorOptions o, String name) {
        return o.value(name).filter(v -> !v.isEmpty()).map(Path::of);
    }

    private static boolean bool(TorOptions o, String name) throws TorConfigException {
        Optional<String> v = o.value(name);
        if (v.isEmpty() || v.get().isEmpty() || v.get().equals("0")) {
            return false;
        }
        if (v.get().equals("1")) {
            return true;
        }
        throw TorConfigException.invalid("Could not parse " + name + ": Unrecognized value " + v.get()
                + ". Allowed values are 0 and 1.");
    }

    private static OptionalLong owner(TorOptions o) throws TorConfigException {
        Optional<String> v = o.value("__OwningControllerProcess").filter(s -> !s.isEmpty());
        if (v.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(v.get().strip());
            if (pid > 0) {
                return OptionalLong.of(pid);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw TorConfigException.invalid("Bad OwningControllerProcess: invalid PID");
    }

    /** LogTimeGranularity is a millisecond interval: a number with an optional unit, 1 second by default. */
    private static Duration granularity(TorOptions o) throws TorConfigException {
        Optional<String> v = o.value("LogTimeGranularity").filter(s -> !s.isBlank());
        if (v.isEmpty()) {
            return Duration.ofSeconds(1);
        }
        String[] w = v.get().strip().split("\\s+");
        try {
            long n = Long.parseLong(w[0]);
            String unit = w.length > 1 ? w[1].toLowerCase(Locale.ROOT) : "msec";
            long millis = switch (unit) {
                case "msec", "msecs", "millisecond", "milliseconds" -> n;
                case "sec", "secs", "second", "seconds" -> n * 1000;
                case "min", "mins", "minute", "minutes" -> n * 60_000;
                default -> -1;
            };
            if (millis > 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw TorConfigException.invalid("Could not parse LogTimeGranularity: Interval '" + v.get() + "' is malformed");
    }
}
