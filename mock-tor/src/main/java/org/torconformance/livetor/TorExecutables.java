package org.torconformance.livetor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the tor executables: in the directory named by the system property {@value #DIRECTORY_PROPERTY}
 * if set (a custom tor build), else on PATH and in the sbin directories a non-root PATH often lacks
 * (Debian puts tor in /usr/sbin).
 */
final class TorExecutables {
    static final String DIRECTORY_PROPERTY = "torconformance.tor.dir";
    private static final List<String> EXTRA_DIRS =
            List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin", "/sbin", "/bin");

    private TorExecutables() {
    }

    static Path tor() {
        return find("tor", searchPath());
    }

    static Path torGencert() {
        return find("tor-gencert", searchPath());
    }

    static Path find(String name, List<Path> directories) {
        for (Path dir : directories) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new TorNotInstalledException("no executable '" + name + "' in " + directories);
    }

    private static List<Path> searchPath() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null) {
            return List.of(Path.of(override));
        }
        Set<String> dirs = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(dir);
                }
            }
        }
        dirs.addAll(EXTRA_DIRS);
        List<Path> result = new ArrayList<>();
        dirs.forEach(d -> result.add(Path.of(d)));
        return result;
    }
}
