package org.torconformance.conformance.network;

import java.util.SplittableRandom;

/**
 * The bytes cases send and expect: a deterministic pseudo-random body per seed, so "arrived intact"
 * compares every byte, including values a text-only path would mangle.
 */
public final class Payload {
    private Payload() {
    }

    public static byte[] bytes(long seed, int length) {
        byte[] out = new byte[length];
        new SplittableRandom(seed).nextBytes(out);
        return out;
    }
}
