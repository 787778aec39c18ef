package org.torconformance.crypto;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The installed tor executable; tests that need it fail (never skip) when it is missing. */
final class TorBinary {
    static final String INSTALL_HINT = "install tor: apt-get install -y tor";

    private TorBinary() {
    }

    static String require() {
        try {
            Process probe = new ProcessBuilder("tor", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                fail("`tor --version` did not succeed; " + INSTALL_HINT);
            }
        } catch (IOException e) {
            fail("tor is not on the PATH (" + e.getMessage() + "); " + INSTALL_HINT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while probing tor");
        }
        return "tor";
    }
}
