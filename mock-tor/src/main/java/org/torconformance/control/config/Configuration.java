package org.torconformance.control.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.control.TorModel;
import org.torconformance.control.auth.Cookie;
import org.torconformance.wire.event.ConfChangedEvent;

/**
 * The mock's running configuration: the current {@link ConfigState}, the torrc it was started
 * from, and the steps every change goes through as in tor (assign, validate, take, act, announce
 * with CONF_CHANGED). It keeps {@link TorConfig} in step, so other modules read current values
 * there; values another module sets on TorConfig directly are taken in without checks or events.
 */
public final class Configuration {
    /** What tor reports as its torrc when the one it was given does not exist; the mock never writes there. */
    static final String SYSTEM_TORRC = "/etc/tor/torrc";
    /** What tor 0.4.9.11 reports when its defaults file is missing or not a regular file ({@code --defaults-torrc /dev/null}). */
    static final String SYSTEM_TORRC_DEFAULTS = "/etc/tor/torrc-defaults";
    static final String LOAD_FAILED = "Failed to parse/validate config: ";

    private final TorModel model;
    private final OptionTable table;
    private final ConfigState defaults;
    private final Optional<Path> torrcFile;
    /** The builder's options, read after the torrc at start and at every reload, as tor's command line is. */
    private final List<OptionAssignment> commandLine = new ArrayList<>();
    private ConfigState state;
    private boolean includeUsed;
    private boolean projecting;

    Configuration(TorModel model, OptionTable table, Optional<Path> torrcFile) {
        this.model = model;
        this.table = table;
        this.defaults = ConfigState.defaults(table);
        this.torrcFile = torrcFile.filter(Files::isRegularFile).map(Path::toAbsolutePath);
        this.state = defaults;
    }

    public static Configuration of(TorModel model) {
        return model.part(Configuration.class);
    }

    public ConfigState state() {
        return state;
    }

    public ConfigState defaults() {
        return defaults;
    }

    /**
     * Whether {@code option} (tor's exact name) still has tor's default value, so that a part with
     * defaults of its own (the mock's SOCKS setup) keeps them until the torrc or a controller says
     * otherwise. Unknown options count as default.
     */
    public boolean isDefault(String option) {
        return table.exact(option).map(def -> state.lines(def).equals(defaults.lines(def))).orElse(true);
    }

    /** The torrc SAVECONF writes: the one the mock was started from, if it existed. */
    public Optional<Path> torrcFile() {
        return torrcFile;
    }

    /** {@code GETINFO config-file}. */
    public String configFile() {
        return torrcFile.map(Path::toString).orElse(SYSTEM_TORRC);
    }

    /** {@code GETINFO config-can-saveconf}: not after {@code %include}. */
    public boolean canSave() {
        return !includeUsed;
    }

    /** Reads the torrc and the lines already in TorConfig (the builder's options), as tor reads its torrc at start. */
    void start() {
        List<OptionAssignment> lines = new ArrayList<>();
        if (torrcFile.isPresent()) {
            TorrcIncludes.Expanded read = readTorrc(torrcFile.get())
                    .orElseThrow(() -> new IllegalStateException("tor would refuse to start: " + torrcFile.get() + " cannot be read or does not parse"));
            lines.addAll(read.lines());
            includeUsed = read.includeUsed();
        }
        model.config().lines().forEach(l -> commandLine.add(OptionAssignment.of(l.name(), l.value())));
        lines.addAll(commandLine);
        ChangeOutcome o = ConfigAssigner.assign(defaults, lines, ConfigAssigner.Mode.TORRC);
        if (o instanceof ChangeOutcome.Changed c) {
            o = ConfigValidation.validate(c.state());
        }
        if (o instanceof ChangeOutcome.Refused r) {
            throw new IllegalStateException("tor would refuse to start: " + r.message());
        }
        state = ((ChangeOutcome.Changed) o).state();
        projecting = true;
        try {
            model.config().lines().stream().map(TorConfig.Line::name).distinct().toList().forEach(model.config()::unset);
            project(ConfigState.defaults(table), state, true);
        } finally {
            projecting = false;
        }
        model.config().addListener(this::takeExternalChange);
    }

    /**
     * SIGNAL RELOAD (SIGHUP): the torrc is read again and, with the builder's options on top as
     * tor's command line, replaces the configuration; what SETCONF changed and the torrc does not
     * say is lost. A torrc that no longer reads or validates leaves the running configuration, as
     * tor only logs then.
     */
    void reload() {
        List<OptionAssignment> lines = new ArrayList<>();
        boolean include = false;
        if (torrcFile.isPresent()) {
            Optional<TorrcIncludes.Expanded> read = readTorrc(torrcFile.get());
            if (read.isEmpty()) {
                return;
            }
            lines.addAll(read.get().lines());
            include = read.get().includeUsed();
        }
        lines.addAll(commandLine);
        ChangeOutcome o = ConfigAssigner.assign(defaults, lines, ConfigAssigner.Mode.TORRC);
        if (o instanceof ChangeOutcome.Changed c && commit(c.state()) instanceof ChangeOutcome.Changed) {
            includeUsed = include;
        }
    }

    /** Empty when the file cannot be read or does not parse. */
    private static Optional<TorrcIncludes.Expanded> readTorrc(Path file) {
        try {
            return TorrcIncludes.read(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** SETCONF ({@code reset} false) or RESETCONF. */
    ChangeOutcome set(List<OptionAssignment> lines, boolean reset) {
        ChangeOutcome o = ConfigAssigner.assign(state, lines, reset ? ConfigAssigner.Mode.RESETCONF : ConfigAssigner.Mode.SETCONF);
        return o instanceof ChangeOutcome.Changed c ? commit(c.state()) : o;
    }

    /** LOADCONF: the text replaces the whole configuration. Refusals carry tor's "Failed to parse/validate config: " prefix. */
    ChangeOutcome load(String text) {
        Optional<TorrcIncludes.Expanded> read = TorrcIncludes.read(text);
        if (read.isEmpty()) {
            return new ChangeOutcome.Refused(SetOptError.PARSE, null);
        }
        ChangeOutcome o = ConfigAssigner.assign(defaults, read.get().lines(), ConfigAssigner.Mode.TORRC);
        if (o instanceof ChangeOutcome.Refused r) {
            return new ChangeOutcome.Refused(SetOptError.PARSE, LOAD_FAILED + r.message());
        }
        o = commit(((ChangeOutcome.Changed) o).state());
        if (o instanceof ChangeOutcome.Refused r) {
            return new ChangeOutcome.Refused(r.error(), LOAD_FAILED + r.message());
        }
        includeUsed = read.get().includeUsed();
        return o;
    }

    /** SAVECONF: false where tor answers 551. */
    boolean save(boolean force) {
        if (includeUsed && !force) {
            return false;
        }
        return torrcFile.isPresent() && TorrcWriter.write(torrcFile.get(), ConfigDump.minimal(state, defaults));
    }

    /** {@code GETINFO config-text}. */
    String text() {
        return ConfigDump.minimal(state, defaults);
    }

    private ChangeOutcome commit(ConfigState proposed) {
        ChangeOutcome o = ConfigValidation.validate(state, proposed);
        if (o instanceof ChangeOutcome.Refused) {
            return o;
        }
        ConfigState old = state;
        state = ((ChangeOutcome.Changed) o).state();
        projecting = true;
        try {
            project(old, state, false);
        } finally {
            projecting = false;
        }
        act(old, state);
        List<ConfChangedEvent.Change> changes = ConfChanges.between(old, state);
        if (!changes.isEmpty()) {
            model.events().publish(new ConfChangedEvent(changes));
        }
        return o;
    }

    /** What tor does at once when options change; for the mock, writing the control cookie. */
    private void act(ConfigState old, ConfigState now) {
        boolean cookieOn = now.value("CookieAuthentication").orElse("0").equals("1");
        if (cookieOn && !(old.same(now, table.get("CookieAuthentication")) && old.same(now, table.get("CookieAuthFile")))) {
            Cookie.of(model).ensureWritten();
        }
    }

    private void project(ConfigState old, ConfigState now, boolean all) {
        for (OptionDef def : table.all()) {
            if (def.type() == OptionType.VIRTUAL || def.type() == OptionType.OBSOLETE) {
                continue;
            }
            List<String> values = now.lines(def).stream().map(ConfigLine::value).toList();
            if (all ? !values.isEmpty() : !values.equals(old.lines(def).stream().map(ConfigLine::value).toList())) {
                model.config().set(def.name(), values);
            }
        }
    }

    private void takeExternalChange(String option, List<String> oldValues, List<String> newValues) {
        if (projecting) {
            return;
        }
        Optional<OptionDef> found = table.exact(option);
        if (found.isEmpty() || found.get().type() == OptionType.VIRTUAL || found.get().type() == OptionType.OBSOLETE) {
            return;
        }
        OptionDef def = found.get();
        // What the mock's own parts set (its ControlPort, SocksPort) is part of how it was started, so reloads keep it.
        commandLine.removeIf(a -> table.exact(a.key()).filter(def::equals).isPresent());
        newValues.forEach(v -> commandLine.add(OptionAssignment.of(def.name(), v)));
        List<String> encoded = new ArrayList<>();
        for (String v : newValues) {
            ValueOutcome o = OptionValues.read(def, v);
            encoded.add(o instanceof ValueOutcome.Accepted a && a.encoded() != null ? a.encoded() : v);
        }
        if (!def.type().isLineList() && encoded.size() > 1) {
            encoded = List.of(encoded.get(encoded.size() - 1));
        }
        if (encoded.isEmpty() && !def.type().isLineList()) {
            encoded = OptionValues.cleared(def);
        }
        state = state.replaceOwnLines(def, encoded);
        List<String> stored = state.lines(def).stream().map(ConfigLine::value).toList();
        if (!stored.equals(newValues)) {
            projecting = true;
            try {
                model.config().set(def.name(), stored);
            } finally {
                projecting = false;
            }
        }
    }
}
