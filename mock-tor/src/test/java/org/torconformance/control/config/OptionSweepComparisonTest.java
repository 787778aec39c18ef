package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;

/**
 * Every option of a typed kind, through the same sequence on a live tor 0.4.9.11 and on the mock:
 * a value that does not parse, clearing it, setting it to 1, and RESETCONF, with GETCONF after each
 * change. Options whose change could let tor reach the network, close its control port or write
 * outside its DataDirectory are left out, as are the ones its torrc sets. Differences are compared
 * with {@link #KNOWN_DIFFERENCES}: validations tor runs that the mock does not.
 */
class OptionSweepComparisonTest {
    private static final Set<OptionType> SWEPT = Set.of(OptionType.INTEGER, OptionType.SIGNED_INTEGER, OptionType.DATA_SIZE,
            OptionType.TIME_INTERVAL, OptionType.TIME_MSEC_INTERVAL, OptionType.FLOAT, OptionType.BOOLEAN,
            OptionType.AUTO_BOOLEAN, OptionType.COMMA_LIST, OptionType.ROUTER_LIST, OptionType.OBSOLETE);
    /**
     * Text and line-list options that are safe to change on a live tor, with values to try after
     * {@code abc}: nothing here makes tor connect anywhere, start a program or write a file.
     */
    private static final java.util.Map<String, List<String>> TEXT_VALUES = java.util.Map.ofEntries(
            java.util.Map.entry("ContactInfo", List.of("me <me@example.com>")),
            java.util.Map.entry("Nickname", List.of("abc def")),
            java.util.Map.entry("MyFamily", List.of()),
            java.util.Map.entry("NodeFamily", List.of()),
            java.util.Map.entry("MapAddress", List.of("a.example b.example")),
            java.util.Map.entry("ExitPolicy", List.of("reject *:25,accept *:*", "accept6 [::1]:80")),
            java.util.Map.entry("ReachableAddresses", List.of("*:80,*:443", "reject 1.2.3.4")),
            java.util.Map.entry("ReachableORAddresses", List.of("accept *:9001")),
            java.util.Map.entry("ReachableDirAddresses", List.of("*:80")),
            java.util.Map.entry("SocksPolicy", List.of("accept 127.0.0.1", "reject *")),
            java.util.Map.entry("DirPolicy", List.of("reject *:*")),
            java.util.Map.entry("AuthDirBadExit", List.of("1.2.3.4")),
            java.util.Map.entry("AuthDirInvalid", List.of("1.2.3.0/24")),
            java.util.Map.entry("AuthDirReject", List.of("*")),
            java.util.Map.entry("OutboundBindAddress", List.of("127.0.0.1", "::1")),
            java.util.Map.entry("OutboundBindAddressOR", List.of("127.0.0.1")),
            java.util.Map.entry("OutboundBindAddressExit", List.of("127.0.0.1")),
            java.util.Map.entry("AccountingRule", List.of("sum", "SUM")),
            java.util.Map.entry("AccountingStart", List.of("day 04:00", "week 1 10:00", "month 3 25:00")),
            java.util.Map.entry("TransProxyType", List.of("TPROXY", "tproxy")),
            java.util.Map.entry("VirtualAddrNetworkIPv4", List.of("10.0.0.0/8")),
            java.util.Map.entry("VirtualAddrNetworkIPv6", List.of("[FC00::]/7")),
            java.util.Map.entry("Socks4Proxy", List.of("127.0.0.1:1")),
            java.util.Map.entry("Socks5Proxy", List.of("127.0.0.1")),
            java.util.Map.entry("HTTPSProxy", List.of("[::1]:3128")),
            java.util.Map.entry("Socks5ProxyUsername", List.of()),
            java.util.Map.entry("Socks5ProxyPassword", List.of()),
            java.util.Map.entry("ConsensusParams", List.of("a=1")),
            java.util.Map.entry("BridgePassword", List.of()),
            java.util.Map.entry("BridgeDistribution", List.of()),
            java.util.Map.entry("RecommendedVersions", List.of("0.4.9.11")),
            java.util.Map.entry("Bridge", List.of("127.0.0.1:1", "obfs4 127.0.0.1:1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA cert=x")),
            java.util.Map.entry("ClientTransportPlugin", List.of("obfs4 socks5 127.0.0.1:1", "obfs4 exec")),
            java.util.Map.entry("ServerTransportListenAddr", List.of("obfs4 127.0.0.1:1")),
            java.util.Map.entry("ServerTransportOptions", List.of("obfs4 a=b")),
            java.util.Map.entry("FallbackDir", List.of("127.0.0.1:1 orport=2 id=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")),
            java.util.Map.entry("AlternateBridgeAuthority", List.of()),
            java.util.Map.entry("Address", List.of()),
            java.util.Map.entry("AutomapHostsSuffixes", List.of(".onion,.exit,.foo")),
            java.util.Map.entry("TrackHostExits", List.of("example.com,.example.net")));

    /** DisableNetwork: clearing it would enable the network. AccountingMax: a 1-byte limit makes tor hibernate. */
    private static final Set<String> LEFT_OUT = Set.of("DisableNetwork", "CookieAuthentication", "AccountingMax");

    /**
     * Options whose sweep differs, because tor checks more than the mock models. AuthoritativeDirectory 1:
     * tor first needs this host's public address ("Failed to resolve/guess local address"), which
     * depends on the machine.
     */
    static final Set<String> KNOWN_DIFFERENCES = Set.of("AuthoritativeDirectory");

    @Test
    void typedOptionsAgreeWithTor() throws IOException {
        Path mockDir = Files.createTempDirectory("config-sweep-");
        try (LiveTor live = LiveTor.builder().auth(ControlAuth.none()).start()) {
            String liveTorrc = Files.readString(live.dataDirectory().resolve("torrc"), StandardCharsets.ISO_8859_1);
            String liveDir = liveTorrc.lines().filter(l -> l.startsWith("DataDirectory ")).findFirst().orElseThrow().substring(14);
            Files.writeString(mockDir.resolve("torrc"), liveTorrc.replace(liveDir, mockDir.toString()), StandardCharsets.ISO_8859_1);
            try (MockTor mock = MockTor.builder().dataDirectory(mockDir).torrcFile(mockDir.resolve("torrc")).start();
                 RawControlClient t = RawControlClient.connect(live.controlPort());
                 RawControlClient m = RawControlClient.connect(mock.controlPort())) {
                t.command("AUTHENTICATE");
                m.command("AUTHENTICATE");
                Set<String> differing = new TreeSet<>();
                StringBuilder report = new StringBuilder();
                int exchanges = 0;
                int same = 0;
                for (OptionDef d : OptionTable.tor().all()) {
                    boolean text = TEXT_VALUES.containsKey(d.name());
                    if (!text && !SWEPT.contains(d.type()) || LEFT_OUT.contains(d.name()) || liveTorrc.contains("\n" + d.name() + " ")) {
                        continue;
                    }
                    for (String command : text ? textSequence(d.name(), TEXT_VALUES.get(d.name())) : sequence(d.name())) {
                        String tor = t.command(command).encode().latin1().replace(liveDir, "<DATADIR>");
                        String mk = m.command(command).encode().latin1().replace(mockDir.toString(), "<DATADIR>");
                        exchanges++;
                        if (tor.equals(mk)) {
                            same++;
                        } else {
                            differing.add(d.name());
                            report.append("> ").append(command).append("\ntor:  ").append(tor).append("mock: ").append(mk);
                        }
                    }
                }
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "config-option-sweep.txt"),
                        same + " of " + exchanges + " identical\n" + report, StandardCharsets.ISO_8859_1);
                System.out.println("option sweep against tor 0.4.9.11: " + same + " of " + exchanges + " exchanges identical, "
                        + differing.size() + " options differ: " + differing);
                assertEquals(KNOWN_DIFFERENCES, differing, "see target/config-option-sweep.txt");
            }
        } finally {
            try (var s = Files.walk(mockDir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> textSequence(String option, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : java.util.stream.Stream.concat(java.util.stream.Stream.of("abc"), values.stream()).toList()) {
            out.add("SETCONF " + option + "=\"" + v + "\"");
            out.add("GETCONF " + option);
        }
        out.add("SETCONF " + option);
        out.add("GETCONF " + option);
        out.add("RESETCONF " + option);
        out.add("GETCONF " + option);
        return out;
    }

    private static List<String> sequence(String option) {
        List<String> out = new ArrayList<>();
        out.add("SETCONF " + option + "=abc");
        out.add("SETCONF " + option);
        out.add("GETCONF " + option);
        out.add("SETCONF " + option + "=1");
        out.add("GETCONF " + option);
        out.add("RESETCONF " + option);
        out.add("GETCONF " + option);
        return out;
    }
}
