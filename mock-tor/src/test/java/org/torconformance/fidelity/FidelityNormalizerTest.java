package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

/** Each rule replaces what it must, and nothing that is merely similar. */
class FidelityNormalizerTest {
    static final Instant NOW = Instant.parse("2026-11-25T23:05:48Z");
    static final TargetFacts FACTS = new TargetFacts(Side.LIVE, "/tmp/livetor-123", Set.of(34991), 16153,
            Optional.of("root"), Optional.of(0L));

    static Normalizer normalizer() {
        return new Normalizer(FACTS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Normalizes {@code response} (to an unrelated command) with a fresh normalizer. */
    static String norm(String response) {
        return norm(normalizer(), "GETINFO x\r\n", response);
    }

    static String norm(Normalizer n, String sent, String response) {
        return n.normalize(ByteString.latin1(sent), ByteString.latin1(response)).bytes().latin1();
    }

    static void unchanged(String response) {
        assertEquals(response, norm(response));
    }

    @Test
    void everyRuleIsNamedAndExplained() {
        Set<String> names = new HashSet<>();
        for (NormalizationRule r : NormalizationRules.all()) {
            assertTrue(names.add(r.name()), "duplicate rule " + r.name());
            assertTrue(r.why().length() > 20, r.name() + " needs a reason");
        }
    }

    @Test
    void reportsWhichRulesFired() {
        Normalizer.Normalized n = normalizer().normalize(ByteString.latin1("GETINFO uptime\r\n"),
                ByteString.latin1("250-uptime=64\r\n250-process/pid=16153\r\n250 OK\r\n"));
        assertEquals(List.of("process-id", "uptime"), n.rules());
    }

    @Test
    void clientPortsOnlyAfterSourceAddrAndInDumpLines() {
        assertEquals("650 STREAM 4 NEWRESOLVE 0 a.example:0 SOURCE_ADDR=127.0.0.1:<CLIENTPORT> PURPOSE=DNS_REQUEST\r\n",
                norm("650 STREAM 4 NEWRESOLVE 0 a.example:0 SOURCE_ADDR=127.0.0.1:41856 PURPOSE=DNS_REQUEST\r\n"));
        assertEquals("650 NOTICE Conn 1 (socket 7) is a Control connection (open (protocol v1)) from 127.0.0.1:<CLIENTPORT>, created <AGE> secs ago\r\n",
                norm("650 NOTICE Conn 1 (socket 7) is a Control connection (open (protocol v1)) from 127.0.0.1:53550, created 0 secs ago\r\n"));
        unchanged("650 STREAM 4 NEWRESOLVE 0 127.0.0.1:41856 PURPOSE=DNS_REQUEST\r\n");
        unchanged("650 STREAM 4 NEWRESOLVE 0 a.example:0 SOURCE_ADDR=10.0.0.1:41856\r\n");
    }

    @Test
    void dumpAgesOnlyInTheDumpLines() {
        assertEquals("650 NOTICE Conn 0 (socket 6) is a Control listener connection (ready) on 127.0.0.1:<PORT>, created <AGE> secs ago\r\n"
                        + "650 NOTICE Conn 1: 8 bytes waiting on outbuf (len 4096, last written <AGE> secs ago)\r\n"
                        + "650 NOTICE Average bandwidth: 0/<UPTIME> = 0 bytes/sec reading\r\n",
                norm("650 NOTICE Conn 0 (socket 6) is a Control listener connection (ready) on 127.0.0.1:34991, created 5 secs ago\r\n"
                        + "650 NOTICE Conn 1: 8 bytes waiting on outbuf (len 4096, last written 1 secs ago)\r\n"
                        + "650 NOTICE Average bandwidth: 0/5 = 0 bytes/sec reading\r\n"));
        unchanged("650 NOTICE created 5 secs ago\r\n");
        unchanged("650 NOTICE Average bandwidth: 0/5 = 0 bytes/sec sideways\r\n");
    }

    @Test
    void dataDirectoryOnlyThisTargets() {
        assertEquals("250-AUTH METHODS=COOKIE COOKIEFILE=\"<DATADIR>/control_auth_cookie\"\r\n",
                norm("250-AUTH METHODS=COOKIE COOKIEFILE=\"/tmp/livetor-123/control_auth_cookie\"\r\n"));
        assertEquals("250-config-file=<DATADIR>/torrc\r\n", norm("250-config-file=/tmp/livetor-123/torrc\r\n"));
        unchanged("250-config-file=/tmp/livetor-456/torrc\r\n");
        unchanged("250-config-file=/etc/tor/torrc\r\n");
    }

    @Test
    void listenerPortsOnlyThisTargetsAfterTheLoopbackAddress() {
        assertEquals("250-net/listeners/control=\"127.0.0.1:<PORT>\"\r\n", norm("250-net/listeners/control=\"127.0.0.1:34991\"\r\n"));
        unchanged("250-net/listeners/control=\"127.0.0.1:349910\"\r\n");
        unchanged("250-net/listeners/control=\"127.0.0.1:9051\"\r\n");
        unchanged("250 ORPort=34991\r\n");
        unchanged("250 ControlPort=127.0.0.1:auto\r\n");
    }

    @Test
    void processIdOnlyThisTargetsInProcessPid() {
        assertEquals("250-process/pid=<PID>\r\n", norm("250-process/pid=16153\r\n"));
        unchanged("250-process/pid=16154\r\n");
        unchanged("250-process/pid=161530\r\n");
        unchanged("250 __OwningControllerProcess=16153\r\n");
    }

    @Test
    void processIdentityOnlyThisTargetsUidAndUser() {
        assertEquals("250-process/uid=<UID>\r\n250-process/user=<USER>\r\n", norm("250-process/uid=0\r\n250-process/user=root\r\n"));
        unchanged("250-process/uid=-1\r\n");
        unchanged("250-process/user=\r\n");
        unchanged("250-process/user=debian-tor\r\n");
    }

    @Test
    void uptime() {
        assertEquals("250-uptime=<UPTIME>\r\n250 OK\r\n", norm("250-uptime=64\r\n250 OK\r\n"));
        unchanged("250-uptime=-1\r\n");
        unchanged("250-uptime=64s\r\n");
        unchanged("552 Unrecognized key \"uptime=64\"\r\n");
        unchanged("250-uptime=64\n");
    }

    @Test
    void descriptorLimitAnyPositiveNumber() {
        assertEquals("250-process/descriptor-limit=<DESCRIPTOR_LIMIT>\r\n", norm("250-process/descriptor-limit=19968\r\n"));
        unchanged("250-process/descriptor-limit=0\r\n");
        unchanged("250-process/descriptor-limit=-1\r\n");
    }

    @Test
    void trafficCountersOnlyWhenNonZero() {
        assertEquals("250-traffic/read=<COUNT>\r\n250-traffic/written=0\r\n", norm("250-traffic/read=5120\r\n250-traffic/written=0\r\n"));
        assertEquals("650 BW 0 <COUNT>\r\n", norm("650 BW 0 512\r\n"));
        unchanged("250-traffic/read=0\r\n");
        unchanged("650 BW 0 0\r\n");
        unchanged("250-traffic/read=x\r\n");
    }

    @Test
    void clockTimesNearTheRunKeepTheirFormat() {
        assertEquals("250-current-time/utc=<ISOTIME2>\r\n", norm("250-current-time/utc=2026-11-25T23:05:48\r\n"));
        assertEquals("650 ADDRMAP a b \"<ISOTIME>\" EXPIRES=\"<ISOTIME>\"\r\n",
                norm("650 ADDRMAP a b \"2026-11-25 23:35:48\" EXPIRES=\"2026-11-25 23:35:48\"\r\n"));
        assertEquals("TIME_CREATED=<ISOTIME2FRAC6>\r\n", norm("TIME_CREATED=2026-11-24T01:02:03.123456\r\n"));
        assertEquals("T=<ISOTIME2FRAC3>\r\n", norm("T=2026-11-24T01:02:03.123\r\n"), "a fraction of another length shows");
        unchanged("250-current-time/utc=1970-01-01T00:00:00\r\n");
        unchanged("EXPIRES=\"2038-01-01 00:00:00\"\r\n");
        unchanged("T=2026-12-25T01:02:03\r\n");
        unchanged("T=2026-13-25T01:02:03\r\n");
        unchanged("T=12026-11-25T23:05:48\r\n");
    }

    @Test
    void safeCookieNoncesOnlyInAWellFormedAuthChallengeReply() {
        String hash = "FF4E160CE7389DCC1F14FA0AD0FC022D1230C36B165F623F86622A19289E763F";
        assertEquals("250 AUTHCHALLENGE SERVERHASH=<SERVERHASH> SERVERNONCE=<SERVERNONCE>\r\n",
                norm("250 AUTHCHALLENGE SERVERHASH=" + hash + " SERVERNONCE=" + hash + "\r\n"));
        unchanged("250 AUTHCHALLENGE SERVERHASH=" + hash.toLowerCase() + " SERVERNONCE=" + hash + "\r\n");
        unchanged("250 AUTHCHALLENGE SERVERHASH=" + hash.substring(2) + " SERVERNONCE=" + hash + "\r\n");
        unchanged("250 AUTHCHALLENGE SERVERNONCE=" + hash + " SERVERHASH=" + hash + "\r\n");
    }

    @Test
    void generatedOnionServicesAreNumberedAndFollowed() {
        String id1 = "6bf7edsj5xdbrtx4byuigthkyafwechgrwmg4n43t6ydr2hlb23fxxqd";
        String id2 = "a".repeat(56);
        String key = "ED25519-V3:KK2T+7uQNQ==";
        Normalizer n = normalizer();
        assertEquals("250-ServiceID=<SERVICEID#1>\r\n250-PrivateKey=<PRIVATEKEY#1>\r\n250 OK\r\n",
                norm(n, "ADD_ONION NEW:BEST Port=80\r\n", "250-ServiceID=" + id1 + "\r\n250-PrivateKey=" + key + "\r\n250 OK\r\n"));
        assertEquals("250-ServiceID=<SERVICEID#2>\r\n250 OK\r\n",
                norm(n, "ADD_ONION NEW:BEST Flags=DiscardPK Port=80\r\n", "250-ServiceID=" + id2 + "\r\n250 OK\r\n"));
        assertEquals("250-onions/current=<SERVICEID#1>\r\n<SERVICEID#2>\r\n",
                norm(n, "GETINFO onions/current\r\n", "250-onions/current=" + id1 + "\r\n" + id2 + "\r\n"));
        assertEquals("552 Unknown Onion Service id " + id1 + "x\r\n",
                norm(n, "DEL_ONION x\r\n", "552 Unknown Onion Service id " + id1 + "x\r\n"), "not inside a longer token");
    }

    @Test
    void onionServicesAddedWithAGivenKeyAreNotGenerated() {
        String id = "6bf7edsj5xdbrtx4byuigthkyafwechgrwmg4n43t6ydr2hlb23fxxqd";
        Normalizer n = normalizer();
        norm(n, "GETINFO x\r\n", "250 OK\r\n");
        String reply = "250-ServiceID=" + id + "\r\n250 OK\r\n";
        assertEquals(reply, norm(n, "DEL_ONION " + id + "\r\nADD_ONION ED25519-V3:key Port=80\r\n", reply));
        unchanged("250-ServiceID=" + id.toUpperCase() + "\r\n");
    }

    @Test
    void virtualAddressesOnlyFromMapAddressReplies() {
        Normalizer n = normalizer();
        assertEquals("512-syntax error: invalid address '@@@'\r\n250 <VIRTUAL#1>=bogus1.google.com\r\n",
                norm(n, "MAPADDRESS xxx=@@@ 0.0.0.0=bogus1.google.com\r\n",
                        "512-syntax error: invalid address '@@@'\r\n250 127.212.27.165=bogus1.google.com\r\n"));
        assertEquals("250 <VIRTUAL#2>=b.onion\r\n", norm(n, "MAPADDRESS .=b.onion\r\n", "250 abcdefghijklmnop.virtual=b.onion\r\n"));
        assertEquals("250+address-mappings/control=\r\n<VIRTUAL#1> bogus1.google.com NEVER\r\n127.212.27.16 x NEVER\r\n.\r\n",
                norm(n, "GETINFO address-mappings/control\r\n",
                        "250+address-mappings/control=\r\n127.212.27.165 bogus1.google.com NEVER\r\n127.212.27.16 x NEVER\r\n.\r\n"));
        assertEquals("250 1.2.3.4=torproject.org\r\n", norm(n, "MAPADDRESS 1.2.3.4=torproject.org\r\n", "250 1.2.3.4=torproject.org\r\n"),
                "an address the controller chose is not virtual");
        assertEquals("250 127.0.0.9=x.org\r\n", norm(n, "MAPADDRESS 127.0.0.9=x.org\r\n", "250 127.0.0.9=x.org\r\n"));
        assertEquals("250-127.1.2.3=x\r\n", norm(n, "GETINFO x\r\n", "250-127.1.2.3=x\r\n"), "only in replies to MAPADDRESS");
    }

    @Test
    void loneCrAndHighBytesDoNotConfuseLineRules() {
        unchanged("250-uptime=64\r\r\n");
        unchanged("250-x\u0085250-uptime=64\r\n");
    }
}
