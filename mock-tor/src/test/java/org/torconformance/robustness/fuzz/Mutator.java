package org.torconformance.robustness.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Byte-level mutations of seed inputs: flips, inserts of interesting bytes, deletions, splices, repeats. */
final class Mutator {
    private static final byte[] INTERESTING = {0, '\r', '\n', ' ', '\t', '"', '\\', '=', '+', '.', '$', '~', (byte) 0x80, (byte) 0xC3,
            (byte) 0xFF, '0', '9', 'A', 'z', ':', ','};

    private final List<byte[]> seeds;

    Mutator(List<String> seeds) {
        this.seeds = seeds.stream().map(s -> s.getBytes(StandardCharsets.ISO_8859_1)).toList();
    }

    byte[] next(SplittableRandom r) {
        if (r.nextInt(10) == 0) {
            byte[] random = new byte[r.nextInt(1, 200)];
            r.nextBytes(random);
            return random;
        }
        byte[] b = seeds.get(r.nextInt(seeds.size())).clone();
        int rounds = r.nextInt(1, 5);
        for (int i = 0; i < rounds; i++) {
            b = mutate(b, r);
        }
        return b;
    }

    private byte[] mutate(byte[] b, SplittableRandom r) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        switch (r.nextInt(7)) {
            case 0 -> {
                if (b.length > 0) {
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                return insert(b, at, new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]});
            }
            case 2 -> {
                return b.length == 0 ? b : concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, b.length));
            }
            case 3 -> {
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(other, r.nextInt(other.length + 1), other.length));
            }
            case 4 -> {
                byte[] run = new byte[r.nextInt(1, 300)];
                Arrays.fill(run, INTERESTING[r.nextInt(INTERESTING.length)]);
                return insert(b, at, run);
            }
            case 5 -> {
                return Arrays.copyOf(b, at);
            }
            default -> {
                int len = Math.min(b.length - at, r.nextInt(1, 16));
                return insert(b, at, Arrays.copyOfRange(b, at, at + len));
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        return concat(concat(Arrays.copyOfRange(b, 0, at), piece), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
