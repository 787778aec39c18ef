package org.torconformance.livetor;

/** Thrown when the {@code tor} or {@code tor-gencert} executable cannot be found. */
public final class TorNotInstalledException extends IllegalStateException {
    static final String INSTALL_HINT = "tor is not installed: apt-get install -y tor";

    TorNotInstalledException(String detail) {
        super(INSTALL_HINT + " (" + detail + ")");
    }
}
