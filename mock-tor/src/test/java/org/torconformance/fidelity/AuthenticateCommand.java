package org.torconformance.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.torconformance.wire.ByteString;

/** The AUTHENTICATE line a controller sends for a file's {@code @auth}. */
final class AuthenticateCommand {
    private AuthenticateCommand() {
    }

    static ByteString forAuth(ScenarioAuth auth, Path cookieFile) {
        String line;
        if (auth instanceof ScenarioAuth.Cookie) {
            line = "AUTHENTICATE " + HexFormat.of().formatHex(readCookie(cookieFile));
        } else if (auth instanceof ScenarioAuth.Password p) {
            line = "AUTHENTICATE \"" + p.secret().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        } else {
            line = "AUTHENTICATE";
        }
        return ByteString.utf8(line + "\r\n");
    }

    private static byte[] readCookie(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cookie " + file, e);
        }
    }
}
