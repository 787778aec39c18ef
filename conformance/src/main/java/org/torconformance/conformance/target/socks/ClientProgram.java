package org.torconformance.conformance.target.socks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.target.TargetUnavailable;

/**
 * An installed command-line client: found on the PATH when its target is created (or the target is
 * unavailable, naming the Debian package), and run with a bound and without the proxy variables of the
 * suite's environment, so only the options a target passes choose a proxy.
 */
final class ClientProgram {
    private static final List<String> PROXY_VARIABLES = List.of("http_proxy", "https_proxy", "all_proxy",
            "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "TORSOCKS_CONF_FILE");

    /** How a run ended: exit code and what the program printed. */
    record Run(List<String> command, int exitCode, String stdout, String stderr) {
        String transcript() {
            return "$ " + String.join(" ", command) + "\nexit " + exitCode + "\nstdout: " + stdout + "\nstderr: " + stderr;
        }
    }

    private final Path executable;

    private ClientProgram(Path executable) {
        this.executable = executable;
    }

    /** The program {@code name} on the PATH; {@link TargetUnavailable} names {@code debianPackage} when it is missing. */
    static ClientProgram require(String name, String debianPackage, String target) {
        List<Path> dirs = new java.util.ArrayList<>();
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/local/bin").split(":")) {
            dirs.add(Path.of(dir.isEmpty() ? "." : dir));
        }
        return require(name, debianPackage, target, dirs);
    }

    static ClientProgram require(String name, String debianPackage, String target, List<Path> searchPath) {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (Files.isExecutable(candidate)) {
                return new ClientProgram(candidate);
            }
        }
        throw new TargetUnavailable("target " + target + " needs " + name + ", which is not installed: apt-get install -y "
                + debianPackage);
    }

    Path path() {
        return executable;
    }

    /** Runs the program with {@code args}; {@link Hang} when it has not exited within {@code bound}. */
    Run run(List<String> args, Map<String, String> env, Duration bound) {
        List<String> command = new java.util.ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("socks-client", ".out");
            err = Files.createTempFile("socks-client", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            PROXY_VARIABLES.forEach(pb.environment()::remove);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new Hang(executable.getFileName().toString(), String.join(" ", args), bound);
            }
            return new Run(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
