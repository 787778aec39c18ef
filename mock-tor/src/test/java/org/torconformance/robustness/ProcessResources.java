package org.torconformance.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * This JVM's live threads and open file descriptors, to show a test leaked neither. JUnit's own executor
 * threads ({@code ForkJoinPool-N-worker-M}) are not counted: the pool adds a worker when a test thread
 * blocks, whichever test it is, and lets it go a minute later.
 */
record ProcessResources(int threads, long fds) {
    static ProcessResources now() {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            int threads = (int) Thread.getAllStackTraces().keySet().stream().filter(t -> !isJUnitWorker(t)).count();
            return new ProcessResources(threads, s.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJUnitWorker(Thread t) {
        return t.getName().matches("ForkJoinPool-\\d+-worker-\\d+");
    }

    static String threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList().toString();
    }

    boolean noMoreThan(ProcessResources baseline) {
        return threads <= baseline.threads && fds <= baseline.fds;
    }
}
