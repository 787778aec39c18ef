package org.torconformance.control.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.CString;

/**
 * Tor 0.4.9.11's options, read from the table recorded from a live tor
 * ({@code options-0.4.9.11.tsv}), with its aliases ({@code aliases-0.4.9.11.tsv}) and the verbatim
 * {@code GETINFO config/defaults} answer. Lookup follows {@code config_mgr_find_var}: an exact
 * case-insensitive match, else the first option in tor's sort order that the key is a prefix of.
 */
public final class OptionTable {
    private static final String OPTIONS = "options-0.4.9.11.tsv";
    private static final String ALIASES = "aliases-0.4.9.11.tsv";
    private static final String DEFAULTS = "config-defaults-0.4.9.11.txt";
    private static OptionTable tor;

    private final List<OptionDef> all;
    private final Map<String, OptionDef> byFoldedName = new LinkedHashMap<>();
    private final List<Alias> aliases;
    private final ByteString defaultsAnswer;

    OptionTable(List<OptionDef> options, List<Alias> aliases, ByteString defaultsAnswer) {
        List<OptionDef> sorted = new ArrayList<>(options);
        sorted.sort((a, b) -> OptionNames.ORDER.compare(a.name(), b.name()));
        this.all = List.copyOf(sorted);
        this.aliases = List.copyOf(aliases);
        this.defaultsAnswer = defaultsAnswer;
        for (OptionDef d : all) {
            if (byFoldedName.put(OptionNames.fold(d.name()), d) != null) {
                throw new IllegalArgumentException("option listed twice: " + d.name());
            }
        }
        for (OptionDef d : all) {
            d.group().ifPresent(g -> {
                OptionDef v = byFoldedName.get(OptionNames.fold(g));
                if (v == null || v.type() != OptionType.VIRTUAL) {
                    throw new IllegalArgumentException(d.name() + " belongs to " + g + ", which is not a Virtual option");
                }
            });
        }
    }

    /** The table of the tor version this mock imitates. */
    public static synchronized OptionTable tor() {
        if (tor == null) {
            tor = new OptionTable(readOptions(), readAliases(), withoutLeadingComments(readBytes(DEFAULTS)));
        }
        return tor;
    }

    /** Every option (listed, obsolete and hidden) in tor's order. */
    public List<OptionDef> all() {
        return all;
    }

    public List<Alias> aliases() {
        return aliases;
    }

    /** The exact {@code GETINFO config/defaults} answer (tor appends its built-in DirAuthority and FallbackDir lines). */
    public ByteString defaultsAnswer() {
        return defaultsAnswer;
    }

    public Optional<OptionDef> exact(String name) {
        return Optional.ofNullable(byFoldedName.get(OptionNames.fold(name)));
    }

    public OptionDef get(String name) {
        return exact(name).orElseThrow(() -> new IllegalArgumentException("no option " + name));
    }

    /** {@code config_mgr_find_var(..., allow_truncated=true)}: exact, else the first option {@code key} abbreviates. */
    public Optional<OptionDef> find(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<OptionDef> exact = exact(key);
        if (exact.isPresent()) {
            return exact;
        }
        return all.stream().filter(d -> OptionNames.isPrefixOf(key, d.name())).findFirst();
    }

    /** {@code config_expand_abbrev(..., command_line=0)}: every matching alias rewrites the key in turn. */
    public String expandAlias(String key) {
        String out = key;
        for (Alias a : aliases) {
            if (!a.commandLineOnly() && OptionNames.equalsIgnoreCase(out, a.from())) {
                out = a.to();
            }
        }
        return out;
    }

    /** Aliases, then {@link #find}: how SETCONF, GETCONF and torrc lines name options. */
    public Optional<OptionDef> resolve(String key) {
        return find(expandAlias(key));
    }

    /** The options that share the line list of {@code virtual}. */
    public List<OptionDef> members(OptionDef virtual) {
        return all.stream().filter(d -> d.group().map(g -> OptionNames.equalsIgnoreCase(g, virtual.name())).orElse(false))
                .toList();
    }

    private static List<OptionDef> readOptions() {
        List<OptionDef> out = new ArrayList<>();
        for (String[] f : rows(OPTIONS, 6)) {
            out.add(new OptionDef(f[0], OptionType.ofTorName(f[1]),
                    f[5].equals("-") ? OptionDef.Parse.BY_TYPE : OptionDef.Parse.valueOf(f[5]),
                    f[2].equals("listed"),
                    f[3].equals("-") ? Optional.empty() : Optional.of(CString.decodeLenient(ByteString.latin1(f[3])).latin1()),
                    f[4].equals("-") ? Optional.empty() : Optional.of(f[4])));
        }
        return out;
    }

    private static List<Alias> readAliases() {
        return rows(ALIASES, 3).stream().map(f -> new Alias(f[0], f[1], f[2].equals("command-line"))).toList();
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The recorded answer starts with a comment saying where it came from; tor's lines never start with '#'. */
    private static ByteString withoutLeadingComments(byte[] text) {
        ByteString s = ByteString.of(text);
        int from = 0;
        while (from < s.length() && s.at(from) == '#') {
            int nl = s.indexOf('\n', from);
            from = nl < 0 ? s.length() : nl + 1;
        }
        return s.slice(from);
    }

    private static byte[] readBytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OptionTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
