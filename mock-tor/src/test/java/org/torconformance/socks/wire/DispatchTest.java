package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.hex;
import static org.torconformance.socks.wire.Exchange.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts §7.1: what tor does with the first byte of a SocksPort connection. */
class DispatchTest {

    @Test
    void firstByte04IsSocks4() {
        Exchange.Run r = run("04 f0 0000 01020304 00");
        assertEquals(compact("00 5a 0000 01020304"), r.written());
    }

    @Test
    void firstByte05IsSocks5() {
        assertEquals("0500", run("05 01 00").written());
    }

    @Test
    void firstByte01BeforeAnyGreetingClosesSilently() {
        Exchange.Run r = run("01 00 00");
        assertEquals("", r.written());
        assertTrue(r.closed());
        assertEquals(List.of(), r.events());
    }

    @Test
    void incompleteRfc1929BeforeGreetingWaits() {
        // Tor parses 01 as an RFC 1929 message and waits for the rest before refusing it.
        Exchange.Run r = run("01 02 00 00");
        assertEquals("", r.written());
        assertInstanceOf(SessionOutput.NeedMore.class, r.last());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.0\r\n\r\n", "HEAD", "POST", "PUT /", "CONNECT example.com:443 HTTP/1.1"})
    void httpMethodsGetThe501PageWithTrailingNulAndClose(String request) {
        Exchange.Run r = run(hex(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        byte[] written = hex(r.written());
        assertEquals(730, written.length);
        assertTrue(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("HTTP/1.0 501 Tor is not an HTTP Proxy\r\n"));
        assertEquals(0, written[729]);
        assertTrue(r.closed());
        String first8 = request.substring(0, Math.min(8, request.length())).replace("\r", "\\r").replace("\n", "\\n");
        assertEquals(List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"" + first8 + "\"\""), r.events());
    }

    @Test
    void otherFirstByteClosesWithoutReplyAndReportsEightBytesEscaped() {
        Exchange.Run r = run("0a 0b 0c 0d 0e 0f 10 11 12");
        assertEquals("", r.written());
        assertTrue(r.closed());
        assertEquals(List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\\n\\013\\014\\r\\016\\017\\020\\021\"\""), r.events());
    }

    @Test
    void unknownProtocolDataStopsAtNul() {
        assertEquals(List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"\\377\"\""), run("ff 00 ff").events());
    }

    @Test
    void unknownProtocolEventQuotesOnlyWhatTheFailingReadHeld() {
        assertEquals(List.of("SOCKS_UNKNOWN_PROTOCOL DATA=\"\"GE\"\""), run("47", "45", "54").events());
    }

    @Test
    void oneByteIsNotEnoughToDecide() {
        Exchange.Run r = run("ff");
        assertEquals("", r.written());
        assertInstanceOf(SessionOutput.NeedMore.class, r.last());
        assertEquals(List.of(), r.events());
    }

    @Test
    void twoBytesAreEnoughToRejectGarbage() {
        assertTrue(run("ff").last() instanceof SessionOutput.NeedMore);
        assertTrue(run("ff", "ff").closed());
    }

    @Test
    void socks4WithoutNulAfter512BytesIsRejected() {
        String userWithoutNul = "61".repeat(504);
        Exchange.Run waiting = run("04 01 0050 01020304" + "61".repeat(300));
        assertInstanceOf(SessionOutput.NeedMore.class, waiting.last());
        Exchange.Run rejected = run("04 01 0050 01020304" + userWithoutNul);
        assertEquals(compact("00 5b 0000 00000000"), rejected.written());
        assertTrue(rejected.closed());
    }
}
