package org.torconformance.conformance.jtorctl;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.torconformance.conformance.controller.Hang;

/**
 * Runs library calls on a thread of their own with a bound, so a library that deadlocks or loses
 * its reader thread yields a {@link Hang} instead of wedging the suite.
 */
final class BoundedCalls implements AutoCloseable {
    private final String library;
    private final Duration bound;
    private final ExecutorService executor;

    BoundedCalls(String library, Duration bound) {
        this.library = library;
        this.bound = bound;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, library + "-call");
            t.setDaemon(true);
            return t;
        });
    }

    <T> T call(String operation, Callable<T> call) throws Exception {
        Future<T> f = executor.submit(call);
        try {
            return f.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Hang(library, operation, bound);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
