package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever bytes arrive, in whatever reads, the session answers with a reply, a close, a request or "more". */
class SessionNeverThrowsPropertyTest {
    /** Openings that steer random bytes into each parser instead of the unknown-protocol close. */
    private static final List<String> PREFIXES = List.of("", "04", "0401", "04f0", "05", "050100", "050102",
            "0501000501", "0501000503", "05010005f1", "0501020105", "01", "47", "0501020100000501");

    @Test
    void anyInputInAnyChunkingGetsAnOutcome() {
        Gen<List<Integer>> bodies = lists().of(integers().between(0, 255)).ofSizeBetween(0, 600);
        Gen<List<Integer>> cuts = lists().of(integers().between(1, 64)).ofSizeBetween(1, 12);
        Gen<String> prefixes = Generate.pick(PREFIXES);
        Gen<Integer> families = integers().between(0, 2);
        qt().withExamples(3000).forAll(prefixes, bodies, cuts, families).checkAssert(this::feedAll);
    }

    private void feedAll(String prefix, List<Integer> body, List<Integer> cuts, int family) {
        byte[] input = concat(Exchange.hex(prefix), body);
        SocksServerSession session = new SocksServerSession(SocksPortOptions.defaults().withExtendedErrors(family == 1),
                ClientFamily.values()[family], AddressMapping.NONE);
        int pos = 0;
        int cut = 0;
        boolean closed = false;
        while (pos < input.length) {
            int size = Math.min(cuts.get(cut++ % cuts.size()), input.length - pos);
            byte[] chunk = java.util.Arrays.copyOfRange(input, pos, pos + size);
            pos += size;
            SessionOutput out = session.feed(chunk);
            assertNotNull(out.next());
            if (closed) {
                assertTrue(out.next() instanceof SessionOutput.Close && out.write().length == 0,
                        "a closed session stays closed and silent");
            }
            closed = out.next() instanceof SessionOutput.Close;
            assertTrue(out.write().length <= 730, "no read is answered with more than the HTTP page");
        }
    }

    private static byte[] concat(byte[] prefix, List<Integer> body) {
        List<Integer> all = new ArrayList<>();
        for (byte b : prefix) {
            all.add(b & 0xff);
        }
        all.addAll(body);
        byte[] out = new byte[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (int) all.get(i);
        }
        return out;
    }
}
