package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tor's address text rules, which the SOCKS checks are built on. */
class TorAddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "10.0.0.1"})
    void ipv4Accepted(String text) {
        assertTrue(Ipv4Text.parse(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.2.3.4", "1.2.3", "1.2.3.4.", "256.1.1.1", "1234.1.1.1", " 1.2.3.4", "1.2.3.4x",
        "+1.2.3.4", "[1.2.3.4]", ""})
    void ipv4Refused(String text) {
        assertFalse(Ipv4Text.parse(text).isPresent(), text);
    }

    @ParameterizedTest
    @CsvSource({
        "::1, ::1", "::, ::", "1::, 1::", "2001:db8::1, 2001:db8::1", "::ffff:1.2.3.4, ::ffff:1.2.3.4",
        "::1.2.3.4, ::1.2.3.4", "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "FE80::ABCD, fe80::abcd", "0:0:0:0:0:0:0:1, ::1", "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304",
        "::ffff:01.2.3.4, ::ffff:1.2.3.4",
    })
    void ipv6ParsedAndPrintedLikeTor(String text, String printed) {
        assertEquals(printed, Ipv6Text.parse(text).orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7:8:9", "1::2::3", ":1::", "1:", "12345::", "0x1::", ".1", "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3", "[::1]", "g::"})
    void ipv6Refused(String text) {
        assertFalse(Ipv6Text.parse(text).isPresent(), text);
    }

    @ParameterizedTest
    @CsvSource({"[::1], true", "::1, true", "[1.2.3.4], false", "1.2.3.4, true", "[], false", "example.com, false"})
    void torAddrParseTakesBracketsForIpv6Only(String text, boolean parses) {
        assertEquals(parses, TorAddresses.parse(text).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "a", "a.", "a-b.c_d", "1.2.3", "[::1]", "::1", "01.2.3.4", "xn--bcher-kva.example",
        "[1.2.3.4]"})
    void validDestinations(String text) {
        assertTrue(HostnameRules.isValidDestination(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a..b", ".a", "-a.com", "_a.com", "a.-b", "\"\"\"\"\".com", "a b", "a.com..",
        "caf\u00e9.com", "[]"})
    void invalidDestinations(String text) {
        assertFalse(HostnameRules.isValidDestination(text), text);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, true", "10.1.2.3, true", "100.64.0.1, true", "100.128.0.1, false", "169.254.1.1, true",
        "172.16.0.1, true", "172.32.0.1, false", "192.168.1.1, true", "0.1.2.3, true", "8.8.8.8, false",
        "::1, true", "::, true", "::2, false", "fe80::1, true", "fc00::1, true", "fec0::1, true",
        "::ffff:127.0.0.1, true", "::ffff:1.2.3.4, false", "2001:db8::1, false"})
    void internalAddresses(String text, boolean internal) {
        assertEquals(internal, AddressClasses.isInternal(TorAddresses.parse(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @CsvSource({"127.192.0.1, true", "127.255.255.255, true", "127.191.0.1, false", "x.virtual, true",
        "X.VIRTUAL, true", "[fe80::1], true", "fe80::1, true", "example.com, false"})
    void virtualAddressRange(String text, boolean virtual) {
        assertEquals(virtual, AddressClasses.isInVirtualRange(text), text);
    }
}
