package org.torconformance.fidelity;

import org.torconformance.wire.ByteString;

/** A running control port under test: the live tor or the mock. */
interface Target extends AutoCloseable {
    Side side();

    int controlPort();

    TargetFacts facts();

    /** The AUTHENTICATE command line (with CRLF) that passes this target's authentication. */
    ByteString authenticateCommand();

    /** The cookie file, when the file's auth is cookie. */
    java.util.Optional<java.nio.file.Path> cookieFile();

    boolean isAlive();

    @Override
    void close();
}
