package org.torconformance.control.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.torconformance.control.TorModel;

/**
 * The control-port authentication cookie: 32 random bytes, written (mode 0600) to
 * {@code CookieAuthFile} or {@code <DataDirectory>/control_auth_cookie} when cookie
 * authentication is on, as tor does at start-up. Both COOKIE and SAFECOOKIE use it.
 */
public final class Cookie {
    public static final int LENGTH = 32;

    private final TorModel model;
    private byte[] cookie;
    private Path writtenTo;

    Cookie(TorModel model) {
        this.model = model;
    }

    public static Cookie of(TorModel model) {
        return model.part(Cookie.class, () -> new Cookie(model));
    }

    public boolean enabled() {
        return model.config().bool("CookieAuthentication");
    }

    /** The cookie file's absolute path, as PROTOCOLINFO reports it. */
    public Path file() {
        String configured = model.config().value("CookieAuthFile").orElse("");
        Path p = configured.isEmpty() ? model.settings().dataDirectory().resolve("control_auth_cookie") : Path.of(configured);
        return p.toAbsolutePath();
    }

    /** Creates and writes the cookie if cookie authentication is on and it is not written yet. */
    public void ensureWritten() {
        if (!enabled()) {
            return;
        }
        Path target = file();
        if (cookie != null && target.equals(writtenTo)) {
            return;
        }
        if (cookie == null) {
            cookie = new byte[LENGTH];
            model.settings().random().nextBytes(cookie);
        }
        write(target, cookie);
        writtenTo = target;
    }

    public byte[] bytes() {
        ensureWritten();
        return cookie == null ? null : Arrays.copyOf(cookie, LENGTH);
    }

    private static void write(Path target, byte[] cookie) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.deleteIfExists(target);
            try {
                Files.createFile(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(target);
            }
            Files.write(target, cookie, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the control cookie to " + target, e);
        }
    }
}
