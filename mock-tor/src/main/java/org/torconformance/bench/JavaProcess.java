package org.torconformance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Child JVMs for the start-up and memory benchmarks: the standalone jar, or a class on this class path. */
final class JavaProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;

    private JavaProcess(List<String> command) {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static JavaProcess standaloneMock(Path jar) {
        return new JavaProcess(List.of(java(), "-jar", jar.toString(), "--control-port", "0"));
    }

    static JavaProcess mainClass(Class<?> main) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), main.getName()));
        return new JavaProcess(cmd);
    }

    /** The shaded jar: this process's own jar when it runs from it, else mock-tor/target/mock-tor.jar. */
    static Path jar() {
        String cp = System.getProperty("java.class.path");
        if (cp.endsWith("mock-tor.jar") && !cp.contains(java.io.File.pathSeparator)) {
            return Path.of(cp);
        }
        for (Path p : List.of(Path.of("mock-tor/target/mock-tor.jar"), Path.of("target/mock-tor.jar"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("mock-tor.jar not found: run mvn -pl mock-tor package first");
    }

    /** The value of the first {@code key=value} line the child prints. */
    String awaitLine(String key) {
        try {
            String line;
            while ((line = stdout.readLine()) != null) {
                if (line.startsWith(key + "=")) {
                    return line.substring(key.length() + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the child exited without printing " + key);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
