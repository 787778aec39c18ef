package org.torconformance.fidelity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.torconformance.wire.ByteString;

/** A running control port under test: the live tor or the mock. */
interface Target extends AutoCloseable {
    Side side();

    int controlPort();

    TargetFacts facts();

    /** The AUTHENTICATE command line (with CRLF) that passes this target's authentication. */
    ByteString authenticateCommand();

    /** The cookie file, when the file's auth is cookie. */
    Optional<Path> cookieFile();

    boolean isAlive();

    /** True if the target is gone, or goes within {@code wait}. */
    default boolean exitsWithin(Duration wait) {
        return !isAlive();
    }

    /** What the target said when it died, if it says anything. */
    default String lastWords() {
        return "";
    }

    @Override
    void close();
}
