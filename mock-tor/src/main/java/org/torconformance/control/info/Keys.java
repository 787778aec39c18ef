package org.torconformance.control.info;

import java.util.function.Supplier;
import org.torconformance.control.InfoRegistry;

/** Small providers the key groups share. */
final class Keys {
    private Keys() {
    }

    static InfoRegistry.Provider constant(String value) {
        InfoRegistry.Value v = InfoRegistry.Value.of(value);
        return (key, session) -> v;
    }

    static InfoRegistry.Provider computed(Supplier<String> value) {
        return (key, session) -> InfoRegistry.Value.of(value.get());
    }

    static InfoRegistry.Provider failing(String message) {
        InfoRegistry.Failure f = new InfoRegistry.Failure(message);
        return (key, session) -> f;
    }

    static InfoRegistry.Provider refusing(String message) {
        InfoRegistry.Refused r = new InfoRegistry.Refused(message);
        return (key, session) -> r;
    }

    static InfoRegistry.Provider unknown() {
        return (key, session) -> new InfoRegistry.Unknown();
    }

    static String flag(boolean on) {
        return on ? "1" : "0";
    }
}
