package org.torconformance.control.onion;

import java.util.random.RandomGenerator;
import org.torconformance.crypto.KeyArgument;
import org.torconformance.crypto.OnionServiceKey;
import org.torconformance.wire.Reply;

/** ADD_ONION's {@code KeyType:KeyBlob}, read as tor's {@code add_onion_helper_keyarg}. */
final class ServiceKeyArgument {
    static final String ED25519_V3 = "ED25519-V3";

    sealed interface Outcome {
    }

    /** @param generated true for NEW:..., whose key tor prints unless DiscardPK */
    record Key(OnionServiceKey key, boolean generated) implements Outcome {
    }

    record Refused(Reply reply) implements Outcome {
    }

    private ServiceKeyArgument() {
    }

    static Outcome read(String argument, RandomGenerator random) {
        KeyArgument key;
        try {
            key = KeyArgument.parse(argument);
        } catch (IllegalArgumentException e) {
            return new Refused(Reply.of(512, "Invalid key type/blob"));
        }
        if (key.isType(ED25519_V3)) {
            try {
                return new Key(OnionServiceKey.parseBlob(key.blob()), false);
            } catch (IllegalArgumentException e) {
                return new Refused(Reply.of(512, "Failed to decode ED25519-V3 key"));
            }
        }
        if (key.isType("NEW") && (key.blob().equalsIgnoreCase(ED25519_V3) || key.blob().equalsIgnoreCase("BEST"))) {
            return new Key(OnionServiceKey.generate(random), true);
        }
        return new Refused(Reply.of(513, "Invalid key type"));
    }
}
