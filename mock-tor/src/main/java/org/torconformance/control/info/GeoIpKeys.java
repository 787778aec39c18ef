package org.torconformance.control.info;

import java.nio.file.Path;
import java.util.Optional;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/**
 * {@code ip-to-country/*}, from the same GeoIP files a Debian tor reads (or those GeoIPFile and
 * GeoIPv6File name). An address that does not parse is refused before the files are consulted.
 */
final class GeoIpKeys {
    static final String DEFAULT_IPV4_FILE = "/usr/share/tor/geoip";
    static final String DEFAULT_IPV6_FILE = "/usr/share/tor/geoip6";
    private static final String PREFIX = "ip-to-country/";

    private GeoIpKeys() {
    }

    static void install(TorModel model) {
        GeoIpDatabase.preload(file(model, false));
        GeoIpDatabase.preload(file(model, true));
        model.info().prefix(PREFIX, "Perform a GEOIP lookup", (key, session) -> answer(model, key.substring(PREFIX.length())));
    }

    private static InfoRegistry.Answer answer(TorModel model, String question) {
        if (question.equals("ipv4-available")) {
            return InfoRegistry.Value.of(Keys.flag(database(model, false).isPresent()));
        }
        if (question.equals("ipv6-available")) {
            return InfoRegistry.Value.of(Keys.flag(database(model, true).isPresent()));
        }
        Optional<byte[]> address = IpLiteral.parse(question);
        if (address.isEmpty()) {
            return new InfoRegistry.Failure("Invalid address family");
        }
        Optional<GeoIpDatabase> db = database(model, address.get().length == 16);
        if (db.isEmpty()) {
            return new InfoRegistry.Failure("GeoIP data not loaded");
        }
        return InfoRegistry.Value.of(db.get().country(address.get()));
    }

    private static Optional<GeoIpDatabase> database(TorModel model, boolean ipv6) {
        return GeoIpDatabase.load(file(model, ipv6));
    }

    private static Path file(TorModel model, boolean ipv6) {
        return Path.of(ipv6 ? model.config().value("GeoIPv6File").orElse(DEFAULT_IPV6_FILE)
                : model.config().value("GeoIPFile").orElse(DEFAULT_IPV4_FILE));
    }
}
