package org.torconformance.conformance.target.socks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each client's own words for a refusal, as curl 7.88, torsocks 2.4 and Java 17 print them, give the reply code back. */
class ReplyWordingTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "curl     | curl: (97) Can't complete SOCKS5 connection to refused.test. (5)                              | 5",
        "curl     | curl: (97) Can't complete SOCKS4 connection to 0.0.0.0:0. (91), request rejected or failed. | 91",
        "curl     | curl: (7) Failed to connect to web.test port 80 after 2 ms: Couldn't connect to server       | -1",
        "torsocks | 1795651056 ERROR torsocks[26220]: Connection refused to Tor SOCKS (in socks5_recv_connect_reply() at socks5.c:543) | 5",
        "torsocks | 1795650878 ERROR torsocks[16304]: Unable to resolve. Status reply: 4 (in socks5_recv_resolve_reply() at socks5.c:677) | 4",
        "torsocks | ERROR torsocks[1]: General SOCKS server failure (in socks5_recv_connect_reply() at socks5.c:527) | 1",
        "java     | SOCKS: Connection refused                                                                     | 5",
        "java     | SOCKS: Host unreachable                                                                       | 4",
        "java     | Connection reset                                                                              | -1",
    })
    @DisplayName("a client's message names the reply code it got, or none")
    void codes(String client, String message, int code) {
        ReplyWording wording = switch (client) {
            case "curl" -> CurlTarget.WORDING;
            case "torsocks" -> TorsocksTarget.WORDING;
            default -> JavaProxyTarget.WORDING;
        };
        assertEquals(code < 0 ? OptionalInt.empty() : OptionalInt.of(code), wording.codeIn(message));
    }
}
