package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What tor_addr_parse accepted and refused on tor 0.4.9.11 (GETINFO ip-to-country/<addr>). */
class IpLiteralTest {
    @Test
    void acceptsWhatTorAccepts() {
        assertArrayEquals(new byte[] {8, 8, 8, 8}, IpLiteral.parse("8.8.8.8").orElseThrow());
        assertArrayEquals(new byte[] {0, 0, 0, 0}, IpLiteral.parse("0.0.0.0").orElseThrow());
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        assertArrayEquals(loopback, IpLiteral.parse("::1").orElseThrow());
        assertArrayEquals(loopback, IpLiteral.parse("[::1]").orElseThrow());
        assertArrayEquals(new byte[16], IpLiteral.parse("::").orElseThrow());
        byte[] google = IpLiteral.parse("2001:4860:4860::8888").orElseThrow();
        assertArrayEquals(google, IpLiteral.parse("2001:4860:4860:0:0:0:0:8888").orElseThrow());
        assertArrayEquals(google, IpLiteral.parse("[2001:4860:4860::8888]").orElseThrow());
        byte[] mapped = IpLiteral.parse("::ffff:8.8.8.8").orElseThrow();
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 8, 8, 8, 8}, mapped);
    }

    @Test
    void refusesWhatTorRefuses() {
        for (String s : List.of("01.2.3.4", "1.2.3.04", "1.2.3", "1.2.3.4.5", "256.1.1.1", "8.8.8.8x", "0x8.8.8.8",
                "fe80::1%eth0", "[::1", "1.2.3.4:80", "", "nonsense", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::")) {
            assertTrue(IpLiteral.parse(s).isEmpty(), s);
        }
    }
}
