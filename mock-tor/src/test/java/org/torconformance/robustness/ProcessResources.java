package org.torconformance.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** This JVM's live threads and open file descriptors, to show a test leaked neither. */
record ProcessResources(int threads, long fds) {
    static ProcessResources now() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return new ProcessResources(ManagementFactory.getThreadMXBean().getThreadCount(), s.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList().toString();
    }

    boolean noMoreThan(ProcessResources baseline) {
        return threads <= baseline.threads && fds <= baseline.fds;
    }
}
