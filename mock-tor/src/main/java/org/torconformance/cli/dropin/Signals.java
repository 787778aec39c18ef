package org.torconformance.cli.dropin;

import java.util.function.Consumer;

/**
 * Catches SIGTERM, SIGINT and SIGHUP by name. Shutdown hooks cannot tell TERM from INT, and the
 * JVM's default for HUP is to exit where tor reloads; sun.misc.Signal (jdk.unsupported) is the only
 * standard way, hence its one compiler warning here.
 */
final class Signals {
    private Signals() {
    }

    static void handle(Consumer<String> onSignal, String... names) {
        for (String name : names) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> onSignal.accept(s.getName()));
        }
    }
}
