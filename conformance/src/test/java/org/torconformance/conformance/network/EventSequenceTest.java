package org.torconformance.conformance.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.wire.event.TorEvent;

/** Lines as tor 0.4.9.11 wrote them on a private network (paths shortened to two relays where it does not matter). */
class EventSequenceTest {
    static final String A = "$63E55583D9940000D4435AB178BFE054ED51F596~auth1";
    static final String B = "$8743F7A6039F78F18826A8D5EF4E68364390CB72~auth0";

    static TorEvent event(String line) {
        return ObservedEvent.of(new ControllerEvent(line.substring(0, line.indexOf(' ')), List.of(line), Map.of())).event();
    }

    @Test
    void keepsOnlyTheCasesOwnCircuitsAndStreamsWithIdsInOrderOfAppearance() {
        List<TorEvent> events = List.of(
                event("CIRC 3 BUILT " + A + "," + B + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=CONFLUX_LINKED TIME_CREATED=2026-11-26T00:03:03.258591 CONFLUX_ID=AB"),
                event("CIRC 11 LAUNCHED BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-26T00:03:04.861211"),
                event("CIRC 11 EXTENDED " + A + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-26T00:03:04.861211"),
                event("STREAM 16 NEW 0 web.test:33557 SOURCE_ADDR=127.0.0.1:35690 PURPOSE=USER CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 "
                        + "SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"),
                event("STREAM 23 NEW 0 127.0.0.1.$A22758782562B32A093F21B9289DD5DB03E11612.exit:37967 PURPOSE=DIR_FETCH "
                        + "CLIENT_PROTOCOL=UNKNOWN NYM_EPOCH=0 SESSION_GROUP=-2 ISO_FIELDS=SESSION_GROUP"),
                event("STREAM_BW 16 18 2 2026-11-26T00:03:07.360596"),
                event("STREAM 16 SENTCONNECT 11 web.test:33557 CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SESSION_GROUP"),
                event("STREAM 16 REMAP 11 127.0.0.1:33557 SOURCE=EXIT CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SESSION_GROUP"),
                event("CIRC_BW ID=11 READ=1527 WRITTEN=1018 TIME=2026-11-26T00:03:08.362064 DELIVERED_READ=109 OVERHEAD_READ=1385 "
                        + "DELIVERED_WRITTEN=55 OVERHEAD_WRITTEN=941"),
                event("CIRC_BW ID=3 READ=509 WRITTEN=509 TIME=2026-11-26T00:03:08.362064 DELIVERED_READ=8 OVERHEAD_READ=490 "
                        + "DELIVERED_WRITTEN=15 OVERHEAD_WRITTEN=483"),
                event("BW 14 730"),
                event("CIRC 11 CLOSED " + A + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-26T00:03:04.861211 REASON=REQUESTED"),
                event("STREAM 16 CLOSED 11 127.0.0.1:33557 REASON=DESTROY CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SESSION_GROUP"));
        CaseFootprint own = new CaseFootprint();
        own.addCircuit("11");
        own.addStream("16");

        assertEquals(List.of(
                "CIRC c1 LAUNCHED hops=0 BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL",
                "CIRC c1 EXTENDED hops=1 BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL",
                "STREAM s1 NEW 0 web.test:PORT PURPOSE=USER CLIENT_PROTOCOL=SOCKS5 "
                        + "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH",
                "STREAM s1 SENTCONNECT c1 web.test:PORT CLIENT_PROTOCOL=SOCKS5 ISO_FIELDS=SESSION_GROUP",
                "STREAM s1 REMAP c1 127.0.0.1:PORT SOURCE=EXIT CLIENT_PROTOCOL=SOCKS5 ISO_FIELDS=SESSION_GROUP",
                "CIRC c1 CLOSED hops=1 BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL REASON=REQUESTED",
                "STREAM s1 CLOSED c1 127.0.0.1:PORT REASON=DESTROY CLIENT_PROTOCOL=SOCKS5 ISO_FIELDS=SESSION_GROUP",
                "bandwidth events: BW, CIRC_BW c1, STREAM_BW s1"), EventSequence.of(events, own, 33557));
    }

    @Test
    void aStreamOnACircuitTheCaseDidNotBuildNamesThatCircuitByOrderOfAppearance() {
        CaseFootprint own = new CaseFootprint();
        own.addStream("20");
        own.addStream("21");
        List<TorEvent> events = List.of(
                event("STREAM 20 SUCCEEDED 3 127.0.0.1:80 SOCKS_USERNAME=\"alice\" SOCKS_PASSWORD=\"a\" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 "
                        + "SESSION_GROUP=-4 ISO_FIELDS="),
                event("STREAM 21 SUCCEEDED 7 127.0.0.1:80 SOCKS_USERNAME=\"bob\" SOCKS_PASSWORD=\"b\" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 "
                        + "SESSION_GROUP=-4 ISO_FIELDS="));
        assertEquals(List.of(
                "STREAM s1 SUCCEEDED c1 127.0.0.1:80 SOCKS_USERNAME=alice CLIENT_PROTOCOL=SOCKS5 ISO_FIELDS=",
                "STREAM s2 SUCCEEDED c2 127.0.0.1:80 SOCKS_USERNAME=bob CLIENT_PROTOCOL=SOCKS5 ISO_FIELDS="), EventSequence.of(events, own, 5));
    }

    @Test
    void addressMapsOfTheCasesLookupsKeepTheAnswerAndDropTheExpiry() {
        CaseFootprint own = new CaseFootprint();
        own.addResolvedName("web.test");
        own.addResolvedName("nowhere.invalid");
        List<TorEvent> events = List.of(
                event("ADDRMAP web.test 127.0.0.1 \"2026-11-26 00:09:31\" EXPIRES=\"2026-11-26 00:09:31\" CACHED=\"NO\" STREAMID=25"),
                event("ADDRMAP nowhere.invalid <error> \"2026-11-26 00:08:33\" error=yes EXPIRES=\"2026-11-26 00:08:33\" CACHED=\"NO\" STREAMID=26"),
                event("ADDRMAP other.test 127.0.0.1 NEVER CACHED=\"YES\""));
        assertEquals(List.of(
                "ADDRMAP web.test 127.0.0.1 CACHED=NO STREAMID=other",
                "ADDRMAP nowhere.invalid <error> error CACHED=NO STREAMID=other"), EventSequence.of(events, own, 80));
    }
}
