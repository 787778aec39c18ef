package org.torconformance.crypto;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A random source that hands out fixed bytes, so a test can choose a salt or seed exactly. */
final class ScriptedRandom implements RandomGenerator {
    private final byte[] script;
    private int position;

    ScriptedRandom(byte[] script) {
        this.script = script.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        if (position + bytes.length > script.length) {
            throw new IllegalStateException("script exhausted: asked for " + bytes.length + " more bytes");
        }
        System.arraycopy(script, position, bytes, 0, bytes.length);
        position += bytes.length;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextBytes is scripted");
    }

    byte[] unused() {
        return Arrays.copyOfRange(script, position, script.length);
    }
}
