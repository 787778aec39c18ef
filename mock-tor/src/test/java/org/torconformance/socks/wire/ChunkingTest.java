package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.socks.wire.Exchange.auth;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * However a message is split across reads, the session acts the same. This holds per message, not across
 * messages: tor writes only the last reply of a read (see the coalescing cases in
 * {@link Socks5GreetingAndAuthTest}), so each message here is delivered in its own reads. The
 * SOCKS_UNKNOWN_PROTOCOL event is chunk-dependent too (it quotes the bytes of the read that failed), so the
 * HTTP and garbage cases live in {@link DispatchTest}.
 */
class ChunkingTest {

    static Stream<Arguments> conversations() {
        return Stream.of(
                Arguments.of("socks4 connect", List.of("04 01 0050 01020304 616c69636500")),
                Arguments.of("socks4a resolve", List.of("04 f0 0000 00000001 00 6578616d706c652e636f6d 00")),
                Arguments.of("socks5 no-auth resolve ip", List.of("05 01 00", "05 f0 00 01 01020304 0000")),
                Arguments.of("socks5 user/pass connect", List.of("05 02 00 02", auth("alice", "pw"),
                        socks5Host(1, "example.com", 443))),
                Arguments.of("torS0X rejection", List.of("05 01 02", auth("<torS0X>1", "x"))),
                Arguments.of("bad onion", List.of("05 01 00", socks5Host(1, "sub.aaaa.onion", 80))),
                Arguments.of("ipv6 resolve", List.of("05 01 00", socks5Host(0xf0, "[::1]", 0))),
                Arguments.of("bind", List.of("05 01 00", "05 02 00 01 01020304 0050")),
                Arguments.of("no methods", List.of("05 00")),
                Arguments.of("auth before greeting", List.of("01 01 41 01 41")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void splittingAMessageAtAnyByteChangesNothing(String name, List<String> messages) {
        Exchange.Run whole = Exchange.run(new SocksServerSession(), messages.toArray(String[]::new));
        for (int m = 0; m < messages.size(); m++) {
            byte[] message = Exchange.hex(messages.get(m));
            for (int cut = 1; cut < message.length; cut++) {
                List<byte[]> chunks = new ArrayList<>();
                for (int k = 0; k < messages.size(); k++) {
                    byte[] bytes = Exchange.hex(messages.get(k));
                    if (k == m) {
                        chunks.add(Arrays.copyOfRange(bytes, 0, cut));
                        chunks.add(Arrays.copyOfRange(bytes, cut, bytes.length));
                    } else {
                        chunks.add(bytes);
                    }
                }
                assertEquals(whole, Exchange.run(new SocksServerSession(), chunks),
                        name + ": message " + m + " split at " + cut);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void feedingOneByteAtATimeChangesNothing(String name, List<String> messages) {
        Exchange.Run whole = Exchange.run(new SocksServerSession(), messages.toArray(String[]::new));
        List<byte[]> single = new ArrayList<>();
        for (String message : messages) {
            for (byte b : Exchange.hex(message)) {
                single.add(new byte[] {b});
            }
        }
        assertEquals(whole, Exchange.run(new SocksServerSession(), single), name);
    }
}
