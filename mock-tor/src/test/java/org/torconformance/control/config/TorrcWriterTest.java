package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAVECONF's file handling, as observed on tor 0.4.9.11. */
class TorrcWriterTest {
    @TempDir
    Path dir;

    @Test
    void theFirstSaveKeepsTheHandWrittenTorrcAsOrig1() throws IOException {
        Path torrc = dir.resolve("torrc");
        Files.writeString(torrc, "ContactInfo hand written\n");
        Files.writeString(dir.resolve("torrc.orig.1"), "an older backup\n");
        assertTrue(TorrcWriter.write(torrc, "ContactInfo saved\n"));
        assertEquals(TorrcWriter.GENERATED + "\n" + TorrcWriter.RENAMED + "\n\nContactInfo saved\n", Files.readString(torrc));
        assertEquals("ContactInfo hand written\n", Files.readString(dir.resolve("torrc.orig.2")), "the first free number");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(torrc)));
        assertTrue(TorrcWriter.write(torrc, "ContactInfo again\n"));
        assertFalse(Files.exists(dir.resolve("torrc.orig.3")), "a torrc tor generated is overwritten");
    }

    @Test
    void aDirectoryIsNotATorrc() throws IOException {
        Path torrc = Files.createDirectory(dir.resolve("torrc"));
        assertFalse(TorrcWriter.write(torrc, ""));
    }
}
