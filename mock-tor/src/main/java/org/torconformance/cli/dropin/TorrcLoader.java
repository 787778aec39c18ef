package org.torconformance.cli.dropin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the configuration files the way tor does at start-up: the defaults torrc (silently skipped
 * when missing), the torrc ({@code -f FILE}, or {@code -f -} for stdin) with tor's handling of a
 * missing file, and {@code %include} files, directories and globs, logging the notices tor logs.
 */
public final class TorrcLoader {
    static final String DEFAULT_TORRC = "/etc/tor/torrc";
    static final String DEFAULT_DEFAULTS = "/etc/tor/torrc-defaults";
    private static final int MAX_INCLUDE_DEPTH = 31;

    private final TorLog log;

    private TorrcLoader(TorLog log) {
        this.log = log;
    }

    /** The defaults layer and the torrc layer, includes expanded. */
    public record Layers(List<ConfigLine> defaults, List<ConfigLine> torrc) {
    }

    public static Layers load(TorArguments args, InputStream stdin, TorLog log) throws TorConfigException {
        TorrcLoader loader = new TorrcLoader(log);
        Path defaults = Path.of(args.flag("--defaults-torrc").orElse(DEFAULT_DEFAULTS)).toAbsolutePath();
        List<ConfigLine> defaultLines = Files.isRegularFile(defaults) ? loader.file(defaults) : List.of();
        return new Layers(defaultLines, loader.torrc(args, stdin));
    }

    private List<ConfigLine> torrc(TorArguments args, InputStream stdin) throws TorConfigException {
        String given = args.flag("--torrc-file").orElse(null);
        if ("-".equals(given)) {
            try {
                return expand(TorrcParser.parse(new String(stdin.readAllBytes(), StandardCharsets.UTF_8)), 0);
            } catch (IOException e) {
                throw new TorConfigException("Unable to read the configuration from standard input.");
            }
        }
        Path torrc = Path.of(given == null ? DEFAULT_TORRC : given).toAbsolutePath();
        if (Files.isRegularFile(torrc) && Files.isReadable(torrc)) {
            return file(torrc);
        }
        if (given == null || args.has("--ignore-missing-torrc")) {
            log.notice("Configuration file \"" + torrc + "\" not present, using reasonable defaults.");
            return List.of();
        }
        if (args.has("--allow-missing-torrc")) {
            log.warn("Unable to open configuration file \"" + torrc + "\".");
            return List.of();
        }
        throw new TorConfigException("Unable to open configuration file \"" + torrc + "\".");
    }

    private List<ConfigLine> file(Path p) throws TorConfigException {
        log.notice("Read configuration file \"" + p + "\".");
        return expand(TorrcParser.parse(read(p)), 0);
    }

    private List<ConfigLine> expand(List<ConfigLine> lines, int depth) throws TorConfigException {
        List<ConfigLine> out = new ArrayList<>();
        for (ConfigLine l : lines) {
            if (!l.key().equals("%include")) {
                out.add(l);
                continue;
            }
            if (depth + 1 > MAX_INCLUDE_DEPTH) {
                throw new TorConfigException("Error while parsing configuration: maximum include depth reached.");
            }
            Path target = Path.of(l.value()).toAbsolutePath();
            log.notice("Processing configuration path \"" + target + "\" at recursion level " + (depth + 1) + ".");
            for (Path f : includedFiles(target)) {
                log.notice("Including configuration file \"" + f + "\".");
                out.addAll(expand(TorrcParser.parse(read(f)), depth + 1));
            }
        }
        return out;
    }

    /** A file; a directory's visible regular files in name order; or the files a glob in the last part matches. */
    private static List<Path> includedFiles(Path target) throws TorConfigException {
        String last = target.getFileName() == null ? "" : target.getFileName().toString();
        try {
            if (last.contains("*") || last.contains("?")) {
                List<Path> matches = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.getParent(), last)) {
                    ds.forEach(matches::add);
                }
                return matches.stream().filter(Files::isRegularFile).sorted().toList();
            }
            if (Files.isDirectory(target)) {
                try (Stream<Path> s = Files.list(target)) {
                    return s.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(Files::isRegularFile).sorted().toList();
                }
            }
            if (Files.isRegularFile(target)) {
                return List.of(target);
            }
        } catch (IOException e) {
            // reported below
        }
        throw new TorConfigException("Error reading included configuration file or directory: \"" + target + "\".");
    }

    private static String read(Path p) throws TorConfigException {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TorConfigException("Unable to open configuration file \"" + p + "\".");
        }
    }
}
