package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.socks.wire.Exchange.auth;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same writes go to a live tor 0.4.9.11 SocksPort and to a {@link SocksServerSession} configured like
 * that port; the bytes, the close, and the SOCKS STATUS_CLIENT events must match. Requests tor can only
 * answer with a network (a CONNECT that succeeds) stay open on both sides here, and their replies are
 * covered by the example tests.
 */
public class LiveTorSocksDifferentialTest {
    private static final Map<String, String> TOR_FLAGS = new LinkedHashMap<>();
    private static final Map<String, SocksPortOptions> MOCK_OPTIONS = new LinkedHashMap<>();

    static {
        port("plain", "", SocksPortOptions.defaults());
        port("extended", "ExtendedErrors", SocksPortOptions.defaults().withExtendedErrors(true));
        port("prefer-noauth", "PreferSOCKSNoAuth", SocksPortOptions.defaults().withPreferSocksNoAuth(true));
        port("no-isolate", "NoIsolateSOCKSAuth", SocksPortOptions.defaults().withIsolateSocksAuth(false));
        port("onion-only", "OnionTrafficOnly", SocksPortOptions.defaults().withTraffic(false, false, false, true));
    }

    /** Mirrors the MAPADDRESS commands sent to tor in {@link #startTor()}. */
    public static final AddressMapping MAPPED = new AddressMapping() {
        @Override
        public boolean hasMapping(String address) {
            return Set.of("mapped.example", "10.9.8.7").contains(Ascii.lower(address));
        }

        @Override
        public Optional<String> rewrite(String address) {
            return hasMapping(address) ? Optional.of("5.6.7.8") : Optional.empty();
        }
    };

    private static HermeticTor tor;

    /** The SocksPort flags of each named port, for a live tor. */
    public static Map<String, String> torFlags() {
        return java.util.Collections.unmodifiableMap(TOR_FLAGS);
    }

    /** The options a mock port needs to answer like the named tor port. */
    public static SocksPortOptions mockOptions(String port) {
        return MOCK_OPTIONS.get(port);
    }

    /** The MAPADDRESS command that sets up on tor what {@link #MAPPED} says. */
    public static final String MAPADDRESS = "MAPADDRESS mapped.example=5.6.7.8 10.9.8.7=mapped.example";

    private static void port(String name, String torFlags, SocksPortOptions options) {
        TOR_FLAGS.put(name, torFlags);
        MOCK_OPTIONS.put(name, options);
    }

    @BeforeAll
    static void startTor() throws IOException {
        tor = HermeticTor.start(TOR_FLAGS);
        tor.command(MAPADDRESS);
    }

    @AfterAll
    static void stopTor() throws IOException {
        if (tor != null) {
            tor.close();
        }
    }

    private static final String G0 = "050100";
    private static final String G2 = "050102";

    public static Stream<Arguments> cases() {
        String onion = OnionIds.VALID + ".onion";
        return Stream.of(
                // §7.1 dispatch
                c("http GET", "plain", ascii("GET / HTTP/1.0\r\n\r\n")),
                c("http HEAD", "plain", ascii("HEAD / HTTP/1.0\r\n\r\n")),
                c("http POST", "plain", ascii("POST")),
                c("http CONNECT", "plain", ascii("CONNECT example.com:443 HTTP/1.1\r\n\r\n")),
                c("garbage", "plain", "ff00ff"),
                c("garbage with escapes", "plain", "0a0b0c0d0e0f101112"),
                c("one byte waits", "plain", "ff"),
                c("auth before greeting", "plain", "0101410141"),
                c("partial auth before greeting", "plain", "01020000"),
                c("socks4 512 bytes without NUL", "plain", "0401005001020304" + "61".repeat(504)),
                // §7.3 greeting and auth
                c("no-auth greeting", "plain", G0),
                c("user/pass greeting", "plain", G2),
                c("both methods", "plain", "05020002"),
                c("both methods, PreferSOCKSNoAuth", "prefer-noauth", "05020002"),
                c("user/pass only, PreferSOCKSNoAuth", "prefer-noauth", G2),
                c("both methods, NoIsolateSOCKSAuth", "no-isolate", "05020002"),
                c("gssapi only", "plain", "050101"),
                c("zero methods", "plain", "0500"),
                c("partial greeting", "plain", "050300"),
                c("user/pass auth", "plain", G2, auth("user", "secret")),
                c("empty credentials", "plain", G2, "010000"),
                c("auth after no-auth", "plain", G0, auth("A", "A")),
                c("second auth message", "plain", G0, auth("A", "A"), auth("A", "A")),
                c("sub-negotiation version 5", "plain", G2, "05010001010203040050"),
                c("unknown byte after greeting", "plain", G0, "0201"),
                c("http after greeting", "plain", G0, ascii("GET")),
                c("<torS0X>0", "plain", G2, auth("<torS0X>0", "token"), "05f00001010203040000"),
                c("<torS0X>", "plain", G2, auth("<torS0X>", "")),
                c("<torS0X>1", "plain", G2, auth("<torS0X>1", "x")),
                c("<torS0X>2abc", "plain", G2, auth("<torS0X>2abc", "")),
                c("<torS0X>00", "plain", G2, auth("<torS0X>00", "")),
                c("<torS0X>1 after no-auth", "plain", G0, auth("<torS0X>1", "")),
                c("<TORS0X>1 is ordinary", "plain", G2, auth("<TORS0X>1", ""), "05f00001010203040000"),
                c("greeting+auth in one write", "plain", G2 + auth("A", "A")),
                c("greeting+<torS0X>1 in one write", "plain", G2 + auth("<torS0X>1", "")),
                c("greeting+garbage in one write", "plain", G0 + "0000"),
                c("greeting+bad command in one write", "plain", G0 + "0504"),
                c("socks4 after no-auth greeting", "plain", G0, "04f000000102030400"),
                c("socks4 after user/pass greeting", "plain", G2, "04f000000102030400"),
                // §7.2 SOCKS4/4a
                c("socks4 resolve ip", "plain", "04f000000102030400"),
                c("socks4 connect ip", "plain", "040100500102030400"),
                c("socks4 connect port 0", "plain", "040100000102030400"),
                c("socks4 ip 0.0.0.0", "plain", "040100500000000000"),
                c("socks4 bind", "plain", "040200500102030400"),
                c("socks4 resolve_ptr", "plain", "04f100500102030400"),
                c("socks4 command 03", "plain", "040300500102030400"),
                c("socks4a resolve hostname", "plain", "04f0000000000001006578616d706c652e636f6d00"),
                c("socks4a resolve onion", "plain", "04f000000000000100666f6f2e6f6e696f6e00"),
                c("socks4a connect private", "plain", "0401005000000001003132372e302e302e3100"),
                c("socks4a resolve mapped", "plain", "04f0000000000001006d61707065642e6578616d706c6500"),
                c("socks4a resolve [::1]", "plain", "04f0000000000001005b3a3a315d00"),
                c("socks4a hostname 256", "plain", "040100500000000100" + "61".repeat(256) + "00"),
                c("socks4 userid 512", "plain", "0401005001020304" + "61".repeat(512) + "00"),
                c("socks4 userid 513", "plain", "0401005001020304" + "61".repeat(513) + "00"),
                c("socks4 connect mapped ip", "plain", "04010050" + "0a090807" + "00"),
                // §7.4 SOCKS5 requests
                c("bind", "plain", G0, "05020001010203040050"),
                c("udp associate", "plain", G0, "05030001010203040050"),
                c("command 04", "plain", G0, "05040001010203040050"),
                c("rsv 01", "plain", G0, "05010101010203040050"),
                c("atyp 05", "plain", G0, "05010005010203040050"),
                c("atyp 23", "plain", G0, "05010023010203040050"),
                c("resolve_ptr hostname", "plain", G0, socks5Host(0xf1, "example.com", 0)),
                c("resolve_ptr 01.2.3.4", "plain", G0, socks5Host(0xf1, "01.2.3.4", 0)),
                c("resolve_ptr in-addr.arpa", "plain", G0, socks5Host(0xf1, "4.3.2.1.in-addr.arpa", 0)),
                c("resolve_ptr ipv4", "plain", G0, "05f10001010203040000"),
                c("resolve_ptr 127.0.0.1", "plain", G0, socks5Host(0xf1, "127.0.0.1", 0)),
                c("resolve_ptr ipv6", "plain", G0, "05f1000420010db8000000000000000000000001" + "0000"),
                c("resolve_ptr ::1 as hostname", "plain", G0, socks5Host(0xf1, "::1", 0)),
                c("resolve_ptr [::ffff:127.0.0.1]", "plain", G0, socks5Host(0xf1, "[::ffff:127.0.0.1]", 0)),
                c("resolve_ptr 127.192.0.1", "plain", G0, socks5Host(0xf1, "127.192.0.1", 0)),
                c("resolve localhost waits", "plain", G0, socks5Host(0xf0, "localhost", 0)),
                c("resolve 127.0.0.1 is answered", "plain", G0, "05f000017f0000010000"),
                c("connect [::1] as hostname", "plain", G0, socks5Host(1, "[::1]", 80)),
                c("connect 0.0.0.1", "plain", G0, "05010001000000010050"),
                c("malformed hostname", "plain", G0, socks5Host(1, "\"\"\"\"\".com", 80)),
                c("empty hostname", "plain", G0, "05010003000050"),
                c("bracketed ipv4", "plain", G0, socks5Host(1, "[1.2.3.4]", 80)),
                c(".exit connect", "plain", G0, socks5Host(1, "a.b.EXIT", 80)),
                c(".exit resolve", "plain", G0, socks5Host(0xf0, "a.b.exit", 80)),
                c("resolve mapped", "plain", G0, socks5Host(0xf0, "MAPPED.example", 0)),
                c("connect mapped ip", "plain", G0, "050100010a0908070050"),
                c("resolve ipv4", "plain", G0, "05f00001010203040050"),
                c("resolve [::1]", "plain", G0, socks5Host(0xf0, "[::1]", 0)),
                c("resolve ::ffff:1.2.3.4", "plain", G0, socks5Host(0xf0, "::ffff:1.2.3.4", 0)),
                c("resolve hostname with NUL", "plain", G0, "05f0000309312e322e332e3400780000"),
                c("resolve hostname waits", "plain", G0, socks5Host(0xf0, "example.com", 0)),
                c("connect 127.0.0.1", "plain", G0, "050100017f0000010050"),
                c("connect localhost", "plain", G0, socks5Host(1, "localhost", 80)),
                c("connect foo.LOCAL", "plain", G0, socks5Host(1, "foo.LOCAL", 80)),
                c("connect [::ffff:127.0.0.1]", "plain", G0, socks5Host(1, "[::ffff:127.0.0.1]", 80)),
                c("connect [::127.0.0.1]", "plain", G0, socks5Host(1, "[::127.0.0.1]", 80)),
                c("connect 100.64.0.1", "plain", G0, socks5Host(1, "100.64.0.1", 80)),
                c("connect 127.192.0.5", "plain", G0, socks5Host(1, "127.192.0.5", 80)),
                c("connect foo.virtual", "plain", G0, socks5Host(1, "foo.virtual", 80)),
                c("connect [fe80::1]", "plain", G0, socks5Host(1, "[fe80::1]", 80)),
                c("connect port 0", "plain", G0, socks5Host(1, "example.com", 0)),
                c("connect ipv4 waits", "plain", G0, "05010001010203040050"),
                c("connect ::1", "plain", G0, "0501000400000000000000000000000000000001" + "0050"),
                c("connect 2001:db8::1 waits", "plain", G0, "0501000420010db8000000000000000000000001" + "0050"),
                c("connect port 23 warns", "plain", G0, socks5Host(1, "ab_c.com", 23)),
                c("request split in three", "plain", G0, "05f1000305", "5b3a3a315d", "0000"),
                c("non-ASCII hostname", "plain", G0, socks5Host(1, "caf\u00e9.com", 80)),
                c("label starting with dash", "plain", G0, socks5Host(1, "-a.com", 80)),
                c("empty label", "plain", G0, socks5Host(1, "a..com", 80)),
                c("trailing dot waits", "plain", G0, socks5Host(1, "example.com.", 80)),
                c("trailing dot after exit waits", "plain", G0, socks5Host(1, "foo.exit.", 80)),
                c("bare exit waits", "plain", G0, socks5Host(1, "exit", 80)),
                c("onion.exit", "plain", G0, socks5Host(1, "x.onion.exit", 80)),
                c("resolve 1.2.3 waits", "plain", G0, socks5Host(0xf0, "1.2.3", 0)),
                c("connect port 109 warns", "plain", G0, socks5Host(1, "mail.example", 109)),
                c("greeting+resolve ip in one write", "plain", G0 + "05f00001010203040000"),
                c("greeting+connect in one write", "plain", G0 + socks5Host(1, "example.com", 443)),
                c("255 unusable methods", "plain", "05ff" + "03".repeat(255)),
                c("513-byte auth message", "plain", G2, "01ff" + "75".repeat(255) + "ff" + "70".repeat(255)),
                c("socks4a connect ipv6 literal", "plain", "0401005000000001005b323030313a6462383a3a315d00"),
                c("socks4a port 23 warns", "plain", "040100170000000100612e636f6d00"),
                c("socks4a resolve with early data", "plain",
                        "04f000000000000100312e322e332e3400" + "62".repeat(300)),
                // §7.7 onions, with and without ExtendedErrors
                c("aaaa.onion", "plain", G0, socks5Host(1, "aaaa.onion", 80)),
                c("aaaa.onion, ExtendedErrors", "extended", G0, socks5Host(1, "aaaa.onion", 80)),
                c("sub.aaaa.onion, ExtendedErrors", "extended", G0, socks5Host(1, "sub.aaaa.onion", 80)),
                c("16-char onion, ExtendedErrors", "extended", G0, socks5Host(1, "aaaaaaaaaaaaaaa1.onion", 80)),
                c("bad checksum, ExtendedErrors", "extended", G0, socks5Host(1, OnionIds.BAD_CHECKSUM + ".onion", 80)),
                c("sub.bad checksum, ExtendedErrors", "extended", G0,
                        socks5Host(1, "x." + OnionIds.BAD_CHECKSUM + ".onion", 80)),
                c("small-order key, ExtendedErrors", "extended", G0,
                        socks5Host(1, OnionIds.SMALL_ORDER_KEY + ".onion", 80)),
                c("identity key, ExtendedErrors", "extended", G0, socks5Host(1, OnionIds.IDENTITY_KEY + ".onion", 80)),
                c("valid onion waits", "extended", G0, socks5Host(1, onion, 80)),
                c("valid onion, version byte 0, waits", "extended", G0, socks5Host(1, OnionIds.VERSION_0 + ".onion", 80)),
                c("valid onion upper case waits", "extended", G0, socks5Host(1, onion.toUpperCase(), 80)),
                c("resolve invalid onion, ExtendedErrors", "extended", G0, socks5Host(0xf0, "aaaa.onion", 0)),
                c("resolve valid onion", "plain", G0, socks5Host(0xf0, onion, 0)),
                c("socks4a onion, ExtendedErrors", "extended", "04010050000000010061616161612e6f6e696f6e00"),
                // §7.8 traffic flags
                c("onion-only: hostname", "onion-only", G0, socks5Host(1, "example.com", 80)),
                c("onion-only: ipv4", "onion-only", G0, "05010001010203040050"),
                c("onion-only: resolve", "onion-only", G0, socks5Host(0xf0, "example.com", 0)),
                c("onion-only: onion waits", "onion-only", G0, socks5Host(1, onion, 80)));
    }

    public static Stream<Arguments> safeSocksCases() {
        return Stream.of(
                c("SafeSocks: socks5 connect ip", "plain", G0, "05010001010203040050"),
                c("SafeSocks: socks5 connect ipv6", "plain", G0, "0501000420010db8000000000000000000000001" + "0050"),
                c("SafeSocks: socks5 resolve ip", "plain", G0, "05f00001010203040050"),
                c("SafeSocks: resolve_ptr passes", "plain", G0, "05f10001010203040050"),
                c("SafeSocks: socks4 connect ip", "plain", "040100500102030400"),
                c("SafeSocks: socks4 resolve ip", "plain", "04f000000102030400"),
                c("SafeSocks: mapped ip passes", "plain", G0, "050100010a0908070050"),
                c("SafeSocks: hostname passes", "plain", G0, socks5Host(1, "example.com", 80)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sessionAnswersLikeTor(String name, String port, List<String> writes) throws IOException {
        compare(port, MOCK_OPTIONS.get(port), writes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("safeSocksCases")
    void sessionAnswersLikeTorWithSafeSocks(String name, String port, List<String> writes) throws IOException {
        tor.command("SETCONF SafeSocks=1");
        try {
            compare(port, MOCK_OPTIONS.get(port).withSafeSocks(true), writes);
        } finally {
            tor.command("SETCONF SafeSocks=0");
        }
    }

    private static void compare(String port, SocksPortOptions options, List<String> writes) throws IOException {
        SocksServerSession session = new SocksServerSession(options, ClientFamily.IPV4, MAPPED);
        List<byte[]> bytes = new ArrayList<>();
        List<Integer> perWrite = new ArrayList<>();
        StringBuilder mockBytes = new StringBuilder();
        List<String> mockEvents = new ArrayList<>();
        boolean mockClosed = false;
        for (String write : writes) {
            byte[] chunk = Hex.bytes(write);
            bytes.add(chunk);
            SessionOutput out = session.feed(chunk);
            perWrite.add(out.write().length);
            mockBytes.append(Hex.of(out.write()));
            out.events().forEach(e -> mockEvents.add(e.body()));
            mockClosed = out.next() instanceof SessionOutput.Close;
        }
        tor.drainSocksEvents();
        TorSocksConversation.Observed live = TorSocksConversation.play(tor.socksPort(port), bytes, perWrite, mockClosed);
        List<String> liveEvents = tor.drainSocksEvents();
        assertEquals(live, new TorSocksConversation.Observed(mockBytes.toString(), mockClosed), "bytes and close");
        assertEquals(liveEvents, mockEvents, "STATUS_CLIENT events");
    }

    private static Arguments c(String name, String port, String... writes) {
        return Arguments.of(name, port, List.of(writes));
    }

    private static String ascii(String text) {
        return Hex.of(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
