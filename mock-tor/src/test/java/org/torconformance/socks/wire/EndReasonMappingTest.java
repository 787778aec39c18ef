package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.hex;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts §7.6: which REP a CONNECT gets when its stream ends with a given reason. Live 0.4.9.11 differs from
 * the table on one point: 15 is no longer ENTRYPOLICY (now local reason 264), so it gives 01.
 */
class EndReasonMappingTest {

    @ParameterizedTest(name = "reason {0} -> REP {1}")
    @CsvSource({
        "0, 00", "1, 01", "5, 01", "11, 01", "9, 01", "10, 01", "13, 01", "257, 01", "259, 01", "262, 01", "99, 01",
        "15, 01", "4, 02", "264, 02",
        "258, 03",
        "2, 04", "8, 04",
        "3, 05", "6, 05", "12, 05",
        "7, 06",
    })
    void socks5ReplyFollowsTheEndReason(int reason, String rep) {
        SocksServerSession s = new SocksServerSession();
        Exchange.run(s, "05 01 00", socks5Host(1, "example.com", 80));
        SessionOutput out = s.complete(StreamOutcome.Ended.of(new EndReason(reason)));
        assertEquals(compact("05 " + rep + " 00 01 00000000 0000"), hex(out.write()));
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "6", "7"})
    void socks4FailuresAreAll5B(int reason) {
        SocksServerSession s = new SocksServerSession();
        Exchange.run(s, "04 01 0050 00000001 00 612e636f6d 00");
        assertEquals(compact("00 5b 0000 00000000"),
                hex(s.complete(StreamOutcome.Ended.of(new EndReason(reason))).write()));
    }
}
