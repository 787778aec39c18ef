package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoIpDatabaseTest {
    @Test
    void looksUpIpv4RangesAndLowersTheCountry(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("geoip"), "# comment\n16777216,16777471,AU\n134744064,134744319,US\n");
        GeoIpDatabase db = GeoIpDatabase.load(file).orElseThrow();
        assertEquals("au", db.country(IpLiteral.parse("1.0.0.7").orElseThrow()));
        assertEquals("us", db.country(IpLiteral.parse("8.8.8.8").orElseThrow()));
        assertEquals("us", db.country(IpLiteral.parse("8.8.8.255").orElseThrow()));
        assertEquals("??", db.country(IpLiteral.parse("8.8.9.0").orElseThrow()));
        assertEquals("??", db.country(IpLiteral.parse("255.255.255.255").orElseThrow()));
    }

    @Test
    void looksUpIpv6Ranges(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("geoip6"),
                "2001:4860::,2001:4860:ffff:ffff:ffff:ffff:ffff:ffff,US\nfe00::,ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,??\n");
        GeoIpDatabase db = GeoIpDatabase.load(file).orElseThrow();
        assertEquals("us", db.country(IpLiteral.parse("2001:4860:4860::8888").orElseThrow()));
        assertEquals("??", db.country(IpLiteral.parse("::1").orElseThrow()));
        assertEquals("??", db.country(IpLiteral.parse("ffff::1").orElseThrow()));
    }

    @Test
    void aMissingFileIsNoDatabase(@TempDir Path dir) {
        assertTrue(GeoIpDatabase.load(dir.resolve("absent")).isEmpty());
    }
}
