package org.torconformance.fidelity;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.torconformance.crypto.HashedPassword;

/**
 * How a scenario file's targets authenticate controllers, as written after {@code @auth}:
 * {@code none}, {@code cookie}, or {@code password:SECRET [16:HASH]}. Both targets get the same
 * {@code HashedControlPassword}: the given one, or else one hashed with a fixed salt, so that
 * GETCONF HashedControlPassword agrees too.
 */
public sealed interface ScenarioAuth {
    record None() implements ScenarioAuth {
        @Override
        public String toString() {
            return "none";
        }
    }

    record Cookie() implements ScenarioAuth {
        @Override
        public String toString() {
            return "cookie";
        }
    }

    record Password(String secret, String hash) implements ScenarioAuth {
        public Password {
            if (!HashedPassword.parse(hash).matches(secret.getBytes(StandardCharsets.UTF_8))) {
                throw new IllegalArgumentException(hash + " is not a hash of the password " + secret);
            }
        }

        @Override
        public String toString() {
            return "password:" + secret + " " + hash;
        }
    }

    /** The salt seed of the default hash; any fixed value would do. */
    long FIXED_SALT_SEED = 0x746f72L;

    static ScenarioAuth parse(String spec) {
        String[] words = spec.strip().split(" +");
        if (words.length == 1 && words[0].equals("none")) {
            return new None();
        }
        if (words.length == 1 && words[0].equals("cookie")) {
            return new Cookie();
        }
        if (words[0].startsWith("password:") && words.length <= 2) {
            String secret = words[0].substring("password:".length());
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("password: needs a secret");
            }
            String hash = words.length == 2 ? words[1] : fixedHash(secret);
            return new Password(secret, hash);
        }
        throw new IllegalArgumentException("unknown @auth '" + spec + "': use none, cookie or password:SECRET [16:HASH]");
    }

    static String fixedHash(String secret) {
        return HashedPassword.create(secret.getBytes(StandardCharsets.UTF_8), new SplittableRandom(FIXED_SALT_SEED)).format();
    }
}
