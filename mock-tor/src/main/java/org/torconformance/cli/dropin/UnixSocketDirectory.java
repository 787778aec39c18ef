package org.torconformance.cli.dropin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tor's check_private_dir for the directory of a Unix control socket, mode only: owner-only, group may
 * read with GroupWritable, anyone may read with RelaxDirModeCheck; nobody else may write.
 */
final class UnixSocketDirectory {
    private UnixSocketDirectory() {
    }

    /** Tor's warning about the socket's directory, or empty when tor would create the socket. */
    static Optional<String> problem(ControlListener.Unix u) {
        Path dir = u.path().toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return Optional.of("Directory " + dir + " does not exist.");
        }
        Set<PosixFilePermission> forbidden = EnumSet.of(PosixFilePermission.OTHERS_WRITE, PosixFilePermission.GROUP_WRITE);
        if (!u.relaxDirModeCheck()) {
            forbidden.add(PosixFilePermission.OTHERS_READ);
            forbidden.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        if (!u.groupWritable() && !u.relaxDirModeCheck()) {
            forbidden.add(PosixFilePermission.GROUP_READ);
            forbidden.add(PosixFilePermission.GROUP_EXECUTE);
        }
        try {
            Set<PosixFilePermission> actual = Files.getPosixFilePermissions(dir);
            actual.retainAll(forbidden);
            return actual.isEmpty() ? Optional.empty() : Optional.of("Permissions on directory " + dir + " are too permissive.");
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
