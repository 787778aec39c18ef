package org.torconformance.livetor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived helper (tor --version, tor --hash-password, tor-gencert ...) and returns its output. */
final class OneShotCommand {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private OneShotCommand() {
    }

    /** Output is stdout and stderr merged, read as ISO-8859-1 so no byte is lost. */
    static String run(List<String> command, byte[] stdin, Path workingDirectory, Duration timeout) {
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("livetor-cmd-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("timed out after " + timeout + ": " + command);
            }
            String text = Files.readString(output, StandardCharsets.ISO_8859_1);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "exit code " + process.exitValue() + " from " + command + ":\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    static String run(List<String> command) {
        return run(command, new byte[0], null, DEFAULT_TIMEOUT);
    }
}
