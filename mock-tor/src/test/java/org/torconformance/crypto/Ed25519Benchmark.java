package org.torconformance.crypto;

import java.util.Random;

/**
 * Prints how long the BigInteger edwards25519 code takes per key derivation and per public-key
 * validation; the target is well under 50 ms each. Run after {@code mvn -pl mock-tor test-compile}:
 * {@code java -cp mock-tor/target/classes:mock-tor/target/test-classes org.torconformance.crypto.Ed25519Benchmark}
 */
public final class Ed25519Benchmark {
    private static final int WARM_UP = 200;
    private static final int MEASURED = 200;

    private Ed25519Benchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(1);
        byte[][] keys = new byte[WARM_UP + MEASURED][];
        for (int i = 0; i < keys.length; i++) {
            byte[] seed = new byte[Ed25519.SEED_LENGTH];
            random.nextBytes(seed);
            keys[i] = Ed25519.expandSeed(seed);
        }
        long coldStart = System.nanoTime();
        Ed25519.publicKey(keys[0]);
        long cold = System.nanoTime() - coldStart;
        byte[][] publicKeys = new byte[keys.length][];
        long derive = time(keys, publicKeys);
        long validate = timeValidation(publicKeys);
        System.out.printf("first derivation (cold JVM): %.2f ms%n", cold / 1e6);
        System.out.printf("derive public key: %.2f ms/key, validate public key: %.2f ms/key (%d keys after %d warm-up)%n",
                derive / 1e6 / MEASURED, validate / 1e6 / MEASURED, MEASURED, WARM_UP);
    }

    private static long time(byte[][] keys, byte[][] publicKeys) {
        long start = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
            }
            publicKeys[i] = Ed25519.publicKey(keys[i]);
        }
        return System.nanoTime() - start;
    }

    private static long timeValidation(byte[][] publicKeys) {
        long start = 0;
        for (int i = 0; i < publicKeys.length; i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
            }
            if (!Ed25519.isValidPublicKey(publicKeys[i])) {
                throw new IllegalStateException("derived key " + i + " failed validation");
            }
        }
        return System.nanoTime() - start;
    }
}
