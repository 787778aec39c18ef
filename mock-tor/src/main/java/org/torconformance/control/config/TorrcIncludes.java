package org.torconformance.control.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tor's {@code %include}: a line {@code %include PATH} is replaced by the lines of that file, or of
 * every file in that directory (sorted, dot files skipped), nested up to tor's limit. A missing
 * file makes the whole text invalid. Using it makes SAVECONF refuse unless forced, since tor
 * could not write the included files back.
 */
final class TorrcIncludes {
    static final String INCLUDE = "%include";
    private static final int MAX_DEPTH = 31;

    /** The lines with every include expanded, and whether there was any. */
    record Expanded(List<OptionAssignment> lines, boolean includeUsed) {
    }

    private TorrcIncludes() {
    }

    /** Parses {@code text} and expands its includes; empty when tor would call the text invalid. */
    static Optional<Expanded> read(String text) {
        Optional<List<OptionAssignment>> lines = TorrcText.parse(text);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        boolean[] used = {false};
        Optional<List<OptionAssignment>> expanded = expand(lines.get(), 0, used);
        return expanded.map(l -> new Expanded(l, used[0]));
    }

    private static Optional<List<OptionAssignment>> expand(List<OptionAssignment> lines, int depth, boolean[] used) {
        List<OptionAssignment> out = new ArrayList<>();
        for (OptionAssignment l : lines) {
            if (!l.key().equals(INCLUDE)) {
                out.add(l);
                continue;
            }
            used[0] = true;
            if (depth >= MAX_DEPTH) {
                return Optional.empty();
            }
            Optional<List<Path>> files = files(Path.of(l.value()));
            if (files.isEmpty()) {
                return Optional.empty();
            }
            for (Path f : files.get()) {
                Optional<List<OptionAssignment>> included = readFile(f).flatMap(TorrcText::parse)
                        .flatMap(inner -> expand(inner, depth + 1, used));
                if (included.isEmpty()) {
                    return Optional.empty();
                }
                out.addAll(included.get());
            }
        }
        return Optional.of(out);
    }

    private static Optional<List<Path>> files(Path path) {
        if (Files.isRegularFile(path)) {
            return Optional.of(List.of(path));
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(path)) {
            return Optional.of(s.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile)
                    .sorted().toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readFile(Path f) {
        try {
            return Optional.of(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
