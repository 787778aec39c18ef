package org.torconformance.livetor;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/** How a {@link LiveTor}'s control port authenticates controllers. */
public sealed interface ControlAuth {
    /** No method: PROTOCOLINFO says {@code METHODS=NULL}. */
    static ControlAuth none() {
        return new None();
    }

    /** {@code CookieAuthentication 1}: COOKIE and SAFECOOKIE, cookie in {@link LiveTor#cookieFile()}. */
    static ControlAuth cookie() {
        return new Cookie();
    }

    /** {@code HashedControlPassword} with a ready {@code 16:...} hash, as printed by {@code tor --hash-password}. */
    static ControlAuth hashedPassword(String hash) {
        return new HashedPassword(hash);
    }

    /**
     * A plain password, hashed at start by running {@code tor --hash-password} (the password is then
     * visible in the process list for a moment: fine for test secrets, not for real ones).
     */
    static ControlAuth password(String password) {
        return new Password(password, TorPasswordHasher::hash);
    }

    /** A plain password hashed by {@code hasher}, which must return a {@code 16:...} hash. */
    static ControlAuth password(String password, Function<String, String> hasher) {
        return new Password(password, hasher);
    }

    record None() implements ControlAuth {
    }

    record Cookie() implements ControlAuth {
    }

    record HashedPassword(String hash) implements ControlAuth {
        // "16:" + hex(salt[8] + count[1] + sha1[20])
        private static final Pattern FORM = Pattern.compile("16:[0-9A-Fa-f]{58}");

        public HashedPassword {
            Objects.requireNonNull(hash, "hash");
            if (!FORM.matcher(hash).matches()) {
                throw new IllegalArgumentException(
                        "not a tor password hash (expected 16: and 58 hex digits): " + hash);
            }
        }
    }

    record Password(String password, Function<String, String> hasher) implements ControlAuth {
        public Password {
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(hasher, "hasher");
        }

        HashedPassword hashed() {
            return new HashedPassword(hasher.apply(password));
        }

        @Override
        public String toString() {
            return "Password[password=<hidden>]";
        }
    }
}
