package org.torconformance.conformance.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the header comments of a written fuzz failure: its seed and the draws that regenerate it. */
final class FuzzFile {
    private FuzzFile() {
    }

    static List<Integer> draws(Path file) throws IOException {
        String d = header(file, "draws");
        List<Integer> out = new ArrayList<>();
        if (!d.isBlank()) {
            for (String s : d.split(",")) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }

    static long seed(Path file) throws IOException {
        return Long.parseUnsignedLong(header(file, "seed").strip());
    }

    private static String header(Path file, String name) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# " + name + ":")) {
                return line.substring(name.length() + 3);
            }
        }
        throw new IllegalArgumentException(file + " has no '# " + name + ":' line (is it a fuzz failure file?)");
    }
}
