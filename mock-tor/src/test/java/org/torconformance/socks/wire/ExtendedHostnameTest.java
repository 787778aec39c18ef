package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tor's parse_extended_hostname, including what its in-place edits leave behind on failure. */
class ExtendedHostnameTest {

    @ParameterizedTest
    @CsvSource({
        "example.com, NORMAL, example.com",
        "localhost, NORMAL, localhost",
        "a.b.exit, EXIT, a.b",
        OnionIds.VALID + ".onion, ONION, " + OnionIds.VALID,
        "www." + OnionIds.VALID + ".onion, ONION, " + OnionIds.VALID,
        OnionIds.VERSION_0 + ".onion, ONION, " + OnionIds.VERSION_0,
        "aaaa.onion, BAD, aaaa.onion",
        "sub.aaaa.onion, BAD, aaaa",
        "a.b.aaaa.onion, BAD, aaaa",
        ".onion, BAD, .onion",
        "sub." + OnionIds.BAD_CHECKSUM + ".onion, BAD, " + OnionIds.BAD_CHECKSUM,
        OnionIds.SMALL_ORDER_KEY + ".onion, BAD, " + OnionIds.SMALL_ORDER_KEY + ".onion",
        OnionIds.IDENTITY_KEY + ".onion, BAD, " + OnionIds.IDENTITY_KEY + ".onion",
        "x" + OnionIds.VALID + ".onion, BAD, x" + OnionIds.VALID + ".onion",
    })
    void classifies(String address, ExtendedHostname.Kind kind, String left) {
        assertEquals(new ExtendedHostname(kind, left), ExtendedHostname.parse(address));
    }
}
