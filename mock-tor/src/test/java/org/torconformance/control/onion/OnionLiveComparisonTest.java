package org.torconformance.control.onion;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torconformance.MockTor;
import org.torconformance.crypto.OnionServiceKey;
import org.torconformance.livetor.LiveTor;
import org.torconformance.wire.ByteString;

/**
 * The onion commands side by side on a live tor 0.4.9.11 (DisableNetwork 1) and on the mock with
 * {@code torQuirks}, which must then answer byte for byte as tor does, including tor's missing and
 * doubled replies. Generated ServiceIDs and keys are normalized; supplied keys compare exactly.
 */
class OnionLiveComparisonTest {
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Pattern SERVICE_ID = Pattern.compile("[a-z2-7]{56}");
    private static final String A = AddOnionTest.KEY_SERVICE_ID;
    private static final String B = ClientAuthTest.B;
    private static final String KEY1 = ClientAuthTest.KEY1;
    private static final String KEY2 = ClientAuthTest.KEY2;

    @TempDir
    static Path temp;
    private static Path liveAuthDir;
    private static Path mockAuthDir;
    private static LiveTor live;
    private static MockTor mock;
    private static int exchanges;

    @BeforeAll
    static void start() throws IOException {
        liveAuthDir = privateDirectory("live-auth");
        mockAuthDir = privateDirectory("mock-auth");
        live = LiveTor.builder().torrcLine("ClientOnionAuthDir " + liveAuthDir).start();
        mock = OnionMock.offline().torQuirks(true).option("ClientOnionAuthDir", mockAuthDir.toString()).start();
    }

    @AfterAll
    static void stop() {
        System.out.println("onion live comparison: " + exchanges + " exchanges, each identical on tor "
                + LiveTor.version() + " and the mock");
        if (mock != null) {
            mock.close();
        }
        if (live != null) {
            live.close();
        }
    }

    /** Tests share one tor: each starts without detached services or credentials for A and B. */
    @BeforeEach
    void cleanUp() {
        try (SideBySide s = sides()) {
            s.onEachSide(c -> {
                Matcher m = SERVICE_ID.matcher(c.command("GETINFO onions/detached").encode().latin1());
                while (m.find()) {
                    c.command("DEL_ONION " + m.group());
                }
                c.command("ONION_CLIENT_AUTH_REMOVE " + A);
                c.command("ONION_CLIENT_AUTH_REMOVE " + B);
            });
        }
    }

    private static SideBySide sides() {
        return new SideBySide(live.controlPort(), mock.controlPort(), Set.of(A, B));
    }

    @Test
    void addOnionRefusals() {
        try (SideBySide s = sides()) {
            for (String args : new String[] {"NEW:BEST", "Port=80", "NEW:RSA1024 Port=80", "RSA1024:abcd Port=80",
                "NEW:FOO Port=80", "FOO Port=80", "NEW: Port=80", "NEW:ED25519-V3:x Port=80", "ED25519-V3:abc Port=80",
                "ED25519-V3: Port=80", "NEW:BEST Port=80 Flags=NonAnonymous", "FOO:BAR Flags=NonAnonymous Port=80",
                "NEW:BEST Port=80 Flags=BasicAuth", "NEW:BEST Port=80 Flags=DiscardPK,Bogus,Detach", "NEW:BEST Port=80 Flags=",
                "NEW:BEST Port=80 Flags=,,", "NEW:BEST Port=80 Flags=V3Auth", "FOO:BAR Flags=V3Auth Port=80",
                "NEW:BEST Port=80 ClientAuthV3=" + AddOnionTest.CLIENT, "NEW:BEST Port=80 Flags=V3Auth ClientAuthV3=abc",
                "NEW:BEST Port=80 MaxStreams=65536", "NEW:BEST Port=80 MaxStreams=", "NEW:BEST Port=80 MaxStreams=5 MaxStreams=-1",
                "NEW:BEST Flags=Bogus Port=abc", "NEW:BEST Port=abc Flags=Bogus", "NEW:BEST Port=80 Foo=bar",
                "NEW:BEST Port=80 Flags", "NEW:BEST Port=80 =x", "NEW:BEST Port=80 Flags=\"DiscardPK\"", "",
                "NEW:BEST Port=abc ClientAuth=x", "ED25519-V3:" + Base64.getEncoder().encodeToString(new byte[64]) + " Port=80"}) {
                s.same(("ADD_ONION " + args).strip());
            }
            s.same("GETINFO onions/current onions/detached");
            exchanges += s.exchanges();
        }
    }

    @Test
    void portTargets() {
        try (SideBySide s = sides()) {
            for (String port : new String[] {"80", "+80", ",80", "80,", "80,8080", "80,127.0.0.1", "80,0.0.0.0:80", "80,[::1]:81",
                "80,::1", "80,[::1]", "80,::1:80", "80,localhost:81", "80,1.2.3", "80,unix:/tmp/x", "80,unix:", "0", "65536", "abc",
                "80x", "80,,81", "80,0", "80,65536", "80,80x", "80,0x50", "80,:80", "80,localhost", "80,UNIX:/tmp/x",
                "80,127.0.0.1:0", "80,127.0.0.1:", "80,[::1]:", "80,1.2.3.4:65536", "80,1.2.3.4:-1", "80,1.2.3.4:80,extra",
                "80,[fe80::1%eth0]:80", "80,unix:\"/tmp/x\""}) {
                s.same("ADD_ONION NEW:BEST Flags=DiscardPK Port=" + port);
            }
            s.same("ADD_ONION NEW:BEST port=80 PORT=81,82 Flags=DiscardPK MaxStreams=+5 Flags=MaxStreamsCloseCircuit");
            exchanges += s.exchanges();
        }
    }

    @Test
    void suppliedKeysGeneratedKeysAndOwnership() {
        String key = "ED25519-V3:" + AddOnionTest.KEY;
        try (SideBySide s = sides(); SideBySide other = sides()) {
            s.same("ADD_ONION " + key + " Port=80");
            s.same("ADD_ONION ed25519-v3:" + AddOnionTest.KEY + " Port=81 Flags=DiscardPK");
            other.same("ADD_ONION " + key + " Port=80");
            s.same("ADD_ONION NEW:BEST Port=80");
            s.same("ADD_ONION new:ed25519-v3 Port=80 Flags=discardpk,Detach");
            s.same("ADD_ONION ::NEW::BEST:: Port=80 Flags=DiscardPK,Detach");
            other.same("ADD_ONION NEW:BEST Port=80 Flags=V3Auth,DiscardPK ClientAuthV3=" + AddOnionTest.CLIENT
                    + " ClientAuthV3=" + AddOnionTest.CLIENT.toUpperCase());
            s.same("GETINFO onions/current onions/detached");
            other.same("GETINFO onions/current");
            other.same("DEL_ONION " + A);
            s.same("DEL_ONION " + A.toUpperCase());
            s.same("DEL_ONION " + A + ".onion");
            s.same("DEL_ONION abc");
            s.same("DEL_ONION");
            s.same("DEL_ONION a b");
            s.same("DEL_ONION " + A);
            s.same("GETINFO onions/current onions/detached");
            exchanges += s.exchanges() + other.exchanges();
        }
    }

    @Test
    void servicesVanishWithTheirConnection() {
        String add = "ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80";
        try (SideBySide s = sides()) {
            try (SideBySide owner = sides()) {
                owner.same(add);
                exchanges += owner.exchanges();
            }
            // tor notices the closed connection a moment later than the mock; each side in its own time
            s.onEachSide(c -> await().atMost(Duration.ofSeconds(10)).until(() -> c.command(add).isSuccess()));
            s.same("GETINFO onions/current");
            exchanges += s.exchanges();
        }
    }

    @Test
    void clientAuthorization() {
        try (SideBySide s = sides()) {
            s.same("ONION_CLIENT_AUTH_VIEW");
            for (String args : new String[] {"", A, "abc x25519:" + KEY1, A + " curve:" + KEY1, A + " x25519", A + " x25519:AQID",
                A + " x25519:" + Base64.getEncoder().encodeToString(new byte[32]), A + " x25519:" + KEY1 + " Flags=",
                A + " x25519:" + KEY1 + " Flags=permanent,Foo", A + " x25519:" + KEY1 + " FlagsX=Foo",
                A + " x25519:" + KEY1 + " Flags=Permanent Flags=", A + " x25519:" + KEY1 + " Flags=Bogus ClientName=abcdefghijklmnopqrstu",
                A + " x25519:" + KEY1 + " Bare", A + " x25519:" + KEY1 + " ClientName=\"a b\""}) {
                s.same(("ONION_CLIENT_AUTH_ADD " + args).strip());
            }
            s.same("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1);
            s.same("ONION_CLIENT_AUTH_ADD " + A + " X25519:" + KEY2 + " ClientName=alice Ignored=1");
            s.same("ONION_CLIENT_AUTH_ADD " + B.toUpperCase() + " x25519:" + KEY1 + " ClientName=");
            s.same("ONION_CLIENT_AUTH_VIEW");
            s.same("ONION_CLIENT_AUTH_VIEW " + B);
            s.same("ONION_CLIENT_AUTH_VIEW " + B.toUpperCase());
            s.same("ONION_CLIENT_AUTH_VIEW " + A + " Foo=bar");
            s.same("ONION_CLIENT_AUTH_VIEW abc");
            s.same("ONION_CLIENT_AUTH_VIEW " + A + " extra");
            s.sameBytes("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1 + " ClientName=abcdefghijklmnopq\r\n", QUIET);
            s.sameBytes("ONION_CLIENT_AUTH_ADD " + B + " x25519:" + KEY1
                    + " ClientName=12345678901234567 ClientName=12345678901234567 Flags=Bogus\r\n", QUIET);
            s.sameBytes("ONION_CLIENT_AUTH_ADD " + A + " x25519:" + KEY1 + " Flags=Permanent Flags= ClientName=abcdefghijklmnopqrstu\r\n", QUIET);
            s.same("ONION_CLIENT_AUTH_VIEW");
            s.same("ONION_CLIENT_AUTH_REMOVE " + A.toUpperCase());
            s.same("ONION_CLIENT_AUTH_REMOVE " + A);
            s.same("ONION_CLIENT_AUTH_REMOVE " + B + " x=y");
            s.same("ONION_CLIENT_AUTH_REMOVE abc");
            s.same("ONION_CLIENT_AUTH_REMOVE");
            s.same("ONION_CLIENT_AUTH_REMOVE " + A + " x");
            s.same("ONION_CLIENT_AUTH_VIEW");
            exchanges += s.exchanges();
        }
    }

    @Test
    void permanentCredentialsLandInTheSameFileAndSurviveAConfigurationChange() throws IOException {
        String upper = A.toUpperCase();
        try (SideBySide s = sides()) {
            s.same("ONION_CLIENT_AUTH_ADD " + upper + " x25519:" + KEY1 + " Flags=Permanent ClientName=x");
            s.same("ONION_CLIENT_AUTH_ADD " + B + " x25519:" + KEY2 + " ClientName=temporary");
            assertEquals(Files.readString(liveAuthDir.resolve(upper + ".auth_private")),
                    Files.readString(mockAuthDir.resolve(upper + ".auth_private")));
            changeConfiguration(s);
            s.same("ONION_CLIENT_AUTH_VIEW");
            s.same("ONION_CLIENT_AUTH_REMOVE " + A);
            assertEquals(Files.exists(liveAuthDir.resolve(upper + ".auth_private")), Files.exists(mockAuthDir.resolve(upper + ".auth_private")));
            s.same("ONION_CLIENT_AUTH_VIEW");
            exchanges += s.exchanges();
        }
    }

    @Test
    void fetchPostAndDescriptorKeysWithoutNetwork() {
        OnionServiceKey key = OnionServiceKey.parseBlob(AddOnionTest.KEY);
        java.time.Instant now = java.time.Instant.now();
        String descriptor = DescriptorBuilder.build(key, TimePeriod.at(now), now, new SplittableRandom(3));
        try (SideBySide s = sides()) {
            s.same("SETEVENTS HS_DESC HS_DESC_CONTENT");
            s.same("ADD_ONION ED25519-V3:" + AddOnionTest.KEY + " Port=80");
            for (String args : new String[] {A, A.toUpperCase(), B, A + " SERVER=0000000000000000000000000000000000000000",
                A + " SERVER=$" + SimulatedHsDirs.ALL.get(0).fingerprint(), A + " server=abc", "abc", A + ".onion",
                "v2-abcdefghijklmnopqrstuvwxyz234567", "", A + " extra", A + " Foo=bar"}) {
                s.same(("HSFETCH " + args).strip());
            }
            s.noEvents(QUIET);
            for (String k : new String[] {"hs/client/desc/id/" + A, "hs/service/desc/id/" + A, "hs/service/desc/id/abc",
                "hs/client/desc/id/", "hs/client/desc/id/" + A.toUpperCase(), "hs/service/desc/id/" + A + ".onion",
                "hs/client/desc/id", "hs/client/desc/idfoo", "hs/foo", "onions/", "onions"}) {
                s.same("GETINFO " + k);
            }
            assertEquals("250 OK\r\n", s.same(HsFetchPostTest.post("HSADDRESS=" + B, descriptor)).encode().latin1(),
                    "tor accepts the mock's descriptor: certificate and signature check out");
            assertEquals("554 Invalid descriptor\r\n", s.same(HsFetchPostTest.post("HSADDRESS=" + A,
                    descriptor.replace("revision-counter", "revision-counter 1\nx"))).encode().latin1());
            s.same(HsFetchPostTest.post("HSADDRESS=" + A, "hs-descriptor 3\n"));
            s.same(HsFetchPostTest.post("HSADDRESS=abc", "foo\n"));
            s.same(HsFetchPostTest.post("SERVER=0000000000000000000000000000000000000000 HSADDRESS=" + A, "foo\n"));
            s.same(HsFetchPostTest.post("HSADDRESS=abc SERVER=0000000000000000000000000000000000000000", "foo\n"));
            s.same(HsFetchPostTest.post("HSADDRESS=" + A, ""));
            s.same(HsFetchPostTest.post("HSADDRESS=" + A + " Foo=bar", "x\n"));
            s.same(HsFetchPostTest.post("positional", "x\n"));
            s.same(HsFetchPostTest.post("hsaddress=" + A.toUpperCase(), "x\n"));
            s.noEvents(QUIET);
            s.same("DEL_ONION " + A);
            exchanges += s.exchanges();
        }
    }

    @Test
    void torsMissingReplies() {
        try (SideBySide s = sides()) {
            s.neitherAnswers("ADD_ONION NEW:BEST Port=80 ClientAuth=bob", QUIET);
            s.neitherAnswers(HsFetchPostTest.post("", "foo\n"), QUIET);
            s.same("GETINFO onions/current");
            exchanges += s.exchanges();
        }
    }

    /** SETCONF on both; while the mock has no SETCONF yet (another part of the project), its config is set directly. */
    private static void changeConfiguration(SideBySide s) {
        String contact = "onion-test-" + System.nanoTime();
        if (mock.reactor().call(() -> mock.model().commands().lookup(ByteString.latin1("SETCONF")).isPresent())) {
            s.same("SETCONF ContactInfo=" + contact);
        } else {
            assertEquals("250 OK\r\n", s.liveOnly("SETCONF ContactInfo=" + contact).encode().latin1());
            mock.reactor().run(() -> mock.model().config().set("ContactInfo", contact));
        }
    }

    private static Path privateDirectory(String name) throws IOException {
        return Files.createDirectory(temp.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
