package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.wire.Reply;

/** The values a live tor 0.4.9.11 client with DisableNetwork 1 gives (facts §5, observed). */
class InfoKeysTest {
    private static String value(MockSession s, String key) {
        Reply r = s.client().command("GETINFO " + key);
        assertEquals(250, r.status(), r.toString());
        String wire = r.encode().latin1();
        String line = "250-" + key + "=";
        assertTrue(wire.startsWith(line), wire);
        return wire.substring(line.length(), wire.length() - "\r\n250 OK\r\n".length());
    }

    @Test
    @DisplayName("names: version, events, features, signals")
    void names() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("0.4.9.11", value(s, "version"));
            assertEquals("CIRC CIRC_MINOR STREAM ORCONN BW DEBUG INFO NOTICE WARN ERR NEWDESC ADDRMAP DESCCHANGED NS "
                    + "STATUS_GENERAL STATUS_CLIENT STATUS_SERVER GUARD STREAM_BW CLIENTS_SEEN NEWCONSENSUS BUILDTIMEOUT_SET "
                    + "SIGNAL CONF_CHANGED CONN_BW CELL_STATS CIRC_BW TRANSPORT_LAUNCHED HS_DESC HS_DESC_CONTENT "
                    + "NETWORK_LIVENESS", value(s, "events/names"));
            assertEquals("VERBOSE_NAMES EXTENDED_EVENTS", value(s, "features/names"));
            assertEquals("RELOAD HUP SHUTDOWN DUMP USR1 DEBUG USR2 HALT TERM INT NEWNYM CLEARDNSCACHE HEARTBEAT ACTIVE DORMANT",
                    value(s, "signal/names"));
        }
    }

    @Test
    @DisplayName("status/* of a client at 0% that has no consensus")
    void status() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("NOTICE BOOTSTRAP PROGRESS=0 TAG=starting SUMMARY=\"Starting\"", value(s, "status/bootstrap-phase"));
            assertEquals("0", value(s, "status/circuit-established"));
            assertEquals("0", value(s, "status/enough-dir-info"));
            assertEquals("0", value(s, "status/good-server-descriptor"));
            assertEquals("0", value(s, "status/accepted-server-descriptor"));
            assertEquals("OR=1 DIR=1", value(s, "status/reachability-succeeded"));
            assertEquals("1", value(s, "status/reachability-succeeded/or"));
            assertEquals("1", value(s, "status/reachability-succeeded/dir"));
            assertEquals("unknown", value(s, "status/version/current"));
            assertEquals("?", value(s, "status/version/recommended"));
            assertEquals("TimeStarted=\"1970-01-01 00:00:00\" CountrySummary= IPVersions=v4=0,v6=0", value(s, "status/clients-seen"));
            assertEquals("551 Only relays have descriptors\r\n", s.wire("GETINFO status/fresh-relay-descs"));
            assertEquals("552-Unrecognized key \"status/\"\r\n552-Unrecognized key \"status/nosuch\"\r\n"
                    + "552 Unrecognized key \"status/version/x\"\r\n", s.wire("GETINFO status/ status/nosuch status/version/x"));
        }
    }

    @Test
    @DisplayName("process, limits, traffic, liveness and the relay-only keys")
    void process() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals(Long.toString(s.tor().model().settings().pid()), value(s, "process/pid"));
            assertEquals(System.getProperty("user.name"), value(s, "process/user"));
            assertTrue(value(s, "process/uid").matches("-?\\d+"));
            assertTrue(Long.parseLong(value(s, "process/descriptor-limit")) > 0);
            assertTrue(Long.parseLong(value(s, "limits/max-mem-in-queues")) >= 256L << 20);
            assertTrue(value(s, "uptime").matches("\\d+"));
            assertEquals("0", value(s, "traffic/read"));
            assertEquals("0", value(s, "traffic/written"));
            assertEquals("", value(s, "bw-event-cache"));
            assertEquals("0", value(s, "dormant"));
            assertEquals("down", value(s, "network-liveness"));
            assertEquals("551 Address unknown\r\n", s.wire("GETINFO address"));
            assertEquals("551 Address unknown\r\n", s.wire("GETINFO address/v4"));
            assertEquals("551 Address unknown\r\n", s.wire("GETINFO address/v6"));
            assertEquals("552 Unrecognized key \"address/x\"\r\n", s.wire("GETINFO address/x"));
            assertEquals("551 Not running in server mode\r\n", s.wire("GETINFO fingerprint"));
        }
    }

    @Test
    @DisplayName("MaxMemInQueues, when configured, is what limits/max-mem-in-queues reports")
    void configuredQueueLimit() {
        try (MockSession s = MockSession.start(false, "MaxMemInQueues", "512 MB")) {
            assertEquals(Long.toString(512L << 20), value(s, "limits/max-mem-in-queues"));
        }
    }

    @Test
    @DisplayName("net/listeners/*: the control port, quoted; other kinds empty; unknown kinds 552")
    void listeners() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("\"127.0.0.1:" + s.tor().controlPort() + "\"", value(s, "net/listeners/control"));
            for (String type : new String[] {"or", "dir", "socks", "trans", "natd", "dns", "extor", "httptunnel", "metrics"}) {
                assertEquals("", value(s, "net/listeners/" + type), type);
            }
            assertEquals("552-Unrecognized key \"net/listeners/\"\r\n552 Unrecognized key \"net/listeners/nosuch\"\r\n",
                    s.wire("GETINFO net/listeners/ net/listeners/nosuch"));
        }
    }

    @Test
    @DisplayName("current-time/local and /utc: ISOTime2 of now")
    void currentTime() {
        try (MockSession s = MockSession.start(false)) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String utc = value(s, "current-time/utc");
            Instant at = Instant.parse(utc + "Z");
            assertTrue(!at.isBefore(before) && !at.isAfter(Instant.now()), utc);
            assertTrue(value(s, "current-time/local").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
            assertEquals("552 Unrecognized key \"current-time/\"\r\n", s.wire("GETINFO current-time/"));
        }
    }

    @Test
    @DisplayName("ip-to-country/* from the configured GeoIP files; refusals for bad addresses and missing data")
    void geoip(@TempDir Path dir) throws Exception {
        Path v4 = Files.writeString(dir.resolve("geoip"), "134744064,134744319,US\n");
        try (MockSession s = MockSession.start(false, "GeoIPFile", v4.toString(), "GeoIPv6File", dir.resolve("none").toString())) {
            assertEquals("1", value(s, "ip-to-country/ipv4-available"));
            assertEquals("0", value(s, "ip-to-country/ipv6-available"));
            assertEquals("us", value(s, "ip-to-country/8.8.8.8"));
            assertEquals("??", value(s, "ip-to-country/127.0.0.1"));
            assertEquals("551 Invalid address family\r\n", s.wire("GETINFO ip-to-country/1.2.3"));
            assertEquals("551 Invalid address family\r\n", s.wire("GETINFO ip-to-country/"));
            assertEquals("551 GeoIP data not loaded\r\n", s.wire("GETINFO ip-to-country/::1"));
        }
    }

    @Test
    @DisplayName("accounting/* with accounting off")
    void accounting() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("0 0", value(s, "accounting/bytes"));
            assertEquals("0 0", value(s, "accounting/bytes-left"));
            assertEquals("0", value(s, "accounting/enabled"));
            assertEquals("awake", value(s, "accounting/hibernating"));
            assertEquals("1970-01-01 00:00:00", value(s, "accounting/interval-start"));
            assertEquals("1970-01-01 00:00:00", value(s, "accounting/interval-end"));
            assertEquals("1970-01-01 00:00:00", value(s, "accounting/interval-wake"));
            assertEquals("552 Unrecognized key \"accounting/x\"\r\n", s.wire("GETINFO accounting/x"));
        }
    }

    @Test
    @DisplayName("exit-policy/*: the fixed policies, and 552 with tor's reason for a relay's own")
    void exitPolicy() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals(ExitPolicyKeys.DEFAULT, value(s, "exit-policy/default"));
            assertTrue(value(s, "exit-policy/reject-private/default").startsWith("reject 0.0.0.0/8:*,reject 169.254.0.0/16:*,"));
            for (String k : new String[] {"reject-private/relay", "full", "ipv4", "ipv6"}) {
                assertEquals("552 Not running in server mode\r\n", s.wire("GETINFO exit-policy/" + k));
            }
        }
    }

    @Test
    @DisplayName("downloads/*: consensus schedules before any attempt, and tor's refusals")
    void downloads() {
        try (MockSession s = MockSession.start(false)) {
            String ns = s.wire("GETINFO downloads/networkstatus/ns");
            assertTrue(ns.matches("250\\+downloads/networkstatus/ns=\r\nnext-attempt-at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\r\n"
                    + "n-download-failures 0\r\nn-download-attempts 0\r\nschedule DL_SCHED_CONSENSUS\r\n"
                    + "want-authority DL_WANT_AUTHORITY\r\nincrement-on DL_SCHED_INCREMENT_ATTEMPT\r\n"
                    + "backoff DL_SCHED_RANDOM_EXPONENTIAL\r\nlast-backoff-position 0\r\nlast-delay-used 0\r\n.\r\n250 OK\r\n"), ns);
            assertTrue(s.wire("GETINFO downloads/networkstatus/microdesc/running")
                    .contains("want-authority DL_WANT_ANY_DIRSERVER\r\nincrement-on DL_SCHED_INCREMENT_FAILURE\r\n"));
            assertEquals("551 Unknown flavor\r\n", s.wire("GETINFO downloads/networkstatus/x"));
            assertEquals("", value(s, "downloads/cert/fps"));
            String fp = "0000000000000000000000000000000000000000";
            assertEquals("551 Failed to get download status for this authority identity digest\r\n",
                    s.wire("GETINFO downloads/cert/fp/" + fp));
            assertEquals("551 That didn't look like a digest\r\n", s.wire("GETINFO downloads/cert/fp/xyz"));
            assertEquals("551 Failed to get list of signing key digests for this authority identity digest\r\n",
                    s.wire("GETINFO downloads/cert/fp/" + fp + "/sks"));
            assertEquals("551 Failed to get download status for this identity/signing key digest pair\r\n",
                    s.wire("GETINFO downloads/cert/fp/" + fp + "/" + fp));
            assertEquals("551 That didn't look like an identity digest\r\n", s.wire("GETINFO downloads/cert/fp/00/sks"));
            assertEquals("551 Unknown certificate download status query\r\n", s.wire("GETINFO downloads/cert/x"));
            assertEquals("551 We don't seem to have a networkstatus-flavored consensus\r\n", s.wire("GETINFO downloads/desc/descs"));
            assertEquals("551 No such descriptor digest found\r\n", s.wire("GETINFO downloads/desc/" + fp));
            assertEquals("551 Unknown router descriptor download status query\r\n", s.wire("GETINFO downloads/desc/x"));
            assertEquals("551 That didn't look like a digest\r\n", s.wire("GETINFO downloads/desc/zz" + fp.substring(2)));
            assertEquals("551 We don't seem to be using bridges\r\n", s.wire("GETINFO downloads/bridge/bridges"));
            assertEquals("551 No such bridge identity digest found\r\n", s.wire("GETINFO downloads/bridge/" + fp));
            assertEquals("551 Unknown bridge descriptor download status query\r\n", s.wire("GETINFO downloads/bridge/x"));
            assertEquals("552 Unrecognized key \"downloads/x\"\r\n", s.wire("GETINFO downloads/x"));
        }
    }

    @Test
    @DisplayName("sr/*, stats/*, consensus/*, download switches and the directory documents a client lacks")
    void directory() {
        try (MockSession s = MockSession.start(false)) {
            assertEquals("", value(s, "sr/current"));
            assertEquals("", value(s, "sr/previous"));
            assertEquals("0", value(s, "stats/ntor/assigned"));
            assertEquals("0", value(s, "stats/tap/requested"));
            assertEquals("551 Unrecognized handshake type\r\n", s.wire("GETINFO stats/ntor/x"));
            assertEquals("552 Unrecognized key \"stats/x\"\r\n", s.wire("GETINFO stats/x"));
            assertEquals("0", value(s, "desc/download-enabled"));
            assertEquals("1", value(s, "md/download-enabled"));
            assertEquals("", value(s, "consensus/valid-after"));
            assertEquals("", value(s, "consensus/anything"));
            assertEquals("552 Unrecognized key \"network-status\"\r\n", s.wire("GETINFO network-status"));
            assertEquals("552 Unrecognized key \"extra-info/digest/x\"\r\n", s.wire("GETINFO extra-info/digest/x"));
            assertEquals("552 Unrecognized key \"desc-annotations/id/x\"\r\n", s.wire("GETINFO desc-annotations/id/x"));
        }
    }

    @Test
    @DisplayName("info/names lists every module's documented keys in tor's order, this module's 76 among them")
    void infoNames() {
        try (MockSession s = MockSession.start(false)) {
            String wire = s.wire("GETINFO info/names");
            String body = wire.substring("250+info/names=\r\n".length(), wire.indexOf("\r\n.\r\n"));
            String[] lines = body.split("\r\n");
            assertEquals(s.tor().reactor().call(() -> s.tor().model().info().documented().size()), lines.length, body);
            assertTrue(lines.length >= 76, body);
            for (int i = 1; i < lines.length; i++) {
                assertTrue(lines[i - 1].compareTo(lines[i]) < 0, lines[i - 1] + " / " + lines[i]);
            }
            assertTrue(body.contains("\r\nnet/listeners/* -- Bound addresses by type\r\n"));
        }
    }
}
