package org.torconformance.crypto;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks the crypto package against one live tor 0.4.9.11 (DisableNetwork, loopback
 * control port, its own DataDirectory): tor's keys, addresses, password hashes and SAFECOOKIE
 * proofs must agree with ours, and tor must accept or refuse the same inputs we do.
 */
class LiveTorCryptoTest {
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SHUTDOWN = Duration.ofSeconds(15);
    private static final Pattern PORT_LINE = Pattern.compile("PORT=127\\.0\\.0\\.1:(\\d+)");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @TempDir
    static Path directory;

    private static Process tor;
    private static int controlPort;
    private static byte[] cookie;

    @BeforeAll
    static void startTor() throws IOException {
        String executable = TorBinary.require();
        Path torrc = directory.resolve("torrc");
        Path portFile = directory.resolve("control-port");
        Path dataDirectory = directory.resolve("data");
        Path log = directory.resolve("tor.log");
        Files.writeString(torrc, String.join("\n",
                "DisableNetwork 1",
                "DataDirectory " + dataDirectory,
                "ControlPort 127.0.0.1:auto",
                "ControlPortWriteToFile " + portFile,
                "CookieAuthentication 1",
                "SocksPort 0",
                "__OwningControllerProcess " + ProcessHandle.current().pid(),
                "Log notice stdout",
                ""));
        tor = new ProcessBuilder(executable, "-f", torrc.toString(), "--defaults-torrc", "/dev/null", "--ignore-missing-torrc")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path cookieFile = dataDirectory.resolve("control_auth_cookie");
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(100))
                .until(() -> !tor.isAlive() || (portOf(portFile) > 0 && hasCookie(cookieFile)));
        if (!tor.isAlive()) {
            fail("tor exited with " + tor.exitValue() + " during start-up:\n" + Files.readString(log));
        }
        controlPort = portOf(portFile);
        cookie = Files.readAllBytes(cookieFile);
    }

    private static boolean hasCookie(Path cookieFile) throws IOException {
        return Files.exists(cookieFile) && Files.size(cookieFile) == SafeCookie.COOKIE_LENGTH;
    }

    private static int portOf(Path portFile) throws IOException {
        if (!Files.exists(portFile)) {
            return -1;
        }
        Matcher matcher = PORT_LINE.matcher(Files.readString(portFile));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    @AfterAll
    static void stopTor() throws InterruptedException {
        if (tor == null) {
            return;
        }
        tor.destroy();
        if (!tor.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            tor.destroyForcibly();
            tor.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static RawControlConnection authenticated() throws IOException {
        RawControlConnection connection = new RawControlConnection(controlPort);
        assertEquals(List.of("250 OK"), connection.send("AUTHENTICATE " + HEX.formatHex(cookie)));
        return connection;
    }

    @Test
    void derivesTheServiceIdOfKeysTorGenerates() throws IOException {
        try (RawControlConnection connection = authenticated()) {
            for (int i = 0; i < 5; i++) {
                List<String> reply = connection.send("ADD_ONION NEW:ED25519-V3 Port=80");
                KeyArgument privateKey = KeyArgument.parse(RawControlConnection.value(reply, "PrivateKey"));
                assertTrue(privateKey.isType("ED25519-V3"), reply::toString);
                assertEquals(RawControlConnection.value(reply, "ServiceID"),
                        OnionServiceKey.parseBlob(privateKey.blob()).address().serviceId());
            }
        }
    }

    @Test
    void torDerivesOurServiceIdFromKeysWeGenerate() throws IOException {
        Random random = new Random(20251125);
        try (RawControlConnection connection = authenticated()) {
            for (int i = 0; i < 3; i++) {
                OnionServiceKey key = OnionServiceKey.generate(random);
                List<String> reply = connection.send("ADD_ONION ED25519-V3:" + key.blob() + " Port=80");
                assertEquals(key.address().serviceId(), RawControlConnection.value(reply, "ServiceID"));
            }
        }
    }

    @Test
    void torUsesAnUnclampedScalarAsIsAndRefusesAZeroOne() throws IOException {
        byte[] unclamped = new byte[64];
        new Random(99).nextBytes(unclamped);
        unclamped[0] |= 7;
        unclamped[31] |= (byte) 0x80;
        OnionServiceKey key = OnionServiceKey.parseBlob(Base64.getEncoder().encodeToString(unclamped));
        String zero = Base64.getEncoder().encodeToString(Ed25519Test.expandedWithScalar(BigInteger.ZERO));
        try (RawControlConnection connection = authenticated()) {
            List<String> reply = connection.send("ADD_ONION ED25519-V3:" + key.blob() + " Port=80 Flags=DiscardPK");
            assertEquals(key.address().serviceId(), RawControlConnection.value(reply, "ServiceID"));
            assertEquals(List.of("551 Failed to generate onion address"), connection.send("ADD_ONION ED25519-V3:" + zero + " Port=80"));
            assertThrows(IllegalArgumentException.class, OnionServiceKey.parseBlob(zero)::address);
        }
    }

    @Test
    void authenticatesWithSafeCookie() throws IOException {
        byte[] clientNonce = new byte[32];
        new Random(4).nextBytes(clientNonce);
        SafeCookie safeCookie = new SafeCookie(cookie);
        try (RawControlConnection connection = new RawControlConnection(controlPort)) {
            List<String> reply = connection.send("AUTHCHALLENGE SAFECOOKIE " + HEX.formatHex(clientNonce));
            Matcher challenge = Pattern.compile("250 AUTHCHALLENGE SERVERHASH=([0-9A-F]{64}) SERVERNONCE=([0-9A-F]{64})")
                    .matcher(reply.get(0));
            assertTrue(challenge.matches(), reply::toString);
            byte[] serverHash = HEX.parseHex(challenge.group(1));
            byte[] serverNonce = HEX.parseHex(challenge.group(2));
            assertTrue(safeCookie.isServerHash(clientNonce, serverNonce, serverHash), "tor's SERVERHASH must verify");
            byte[] clientHash = safeCookie.clientHash(clientNonce, serverNonce);
            assertEquals(List.of("250 OK"), connection.send("AUTHENTICATE " + HEX.formatHex(clientHash)));
        }
    }

    @Test
    void torAcceptsOurPasswordHash() throws IOException {
        HashedPassword hash = HashedPassword.create("x".getBytes(StandardCharsets.US_ASCII), new Random(8));
        try (RawControlConnection admin = authenticated()) {
            assertEquals(List.of("250 OK"), admin.send("SETCONF HashedControlPassword=" + hash.format()));
            try (RawControlConnection user = new RawControlConnection(controlPort)) {
                assertEquals(List.of("250 OK"), user.send("AUTHENTICATE \"x\""));
            }
            try (RawControlConnection wrong = new RawControlConnection(controlPort)) {
                assertTrue(wrong.send("AUTHENTICATE \"y\"").get(0).startsWith("515 "));
            }
            assertEquals(List.of("250 OK"), admin.send("RESETCONF HashedControlPassword"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid", "uppercase", "version 4", "bad checksum", "canonical identity",
        "identity with sign bit", "identity y=p+1", "order 2", "off curve", "torsion", "with .onion"})
    void torAndWeAgreeOnWhichAddressesAreValid(String kind) throws IOException {
        String address = craftedAddress(kind);
        boolean weAccept = accepts(() -> OnionAddress.parseServiceId(address));
        String clientKey = X25519ClientAuth.encodePrivateKey(randomBytes(32, 1));
        try (RawControlConnection connection = authenticated()) {
            String reply = connection.send("ONION_CLIENT_AUTH_ADD " + address + " x25519:" + clientKey).get(0);
            assertEquals(weAccept, reply.startsWith("25"), kind + ": tor said " + reply);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid", "uppercase", "spare bits set", "all zero", "padded", "51 chars", "bad character"})
    void torAndWeAgreeOnClientAuthV3Keys(String kind) throws IOException {
        String value = craftedClientAuthV3(kind);
        boolean weAccept = accepts(() -> X25519ClientAuth.decodePublicKey(value));
        try (RawControlConnection connection = authenticated()) {
            List<String> reply = connection.send("ADD_ONION NEW:ED25519-V3 Flags=V3Auth,DiscardPK Port=80 ClientAuthV3=" + value);
            assertEquals(weAccept, reply.get(reply.size() - 1).equals("250 OK"), kind + ": tor said " + reply);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"padded", "unpadded", "junk after padding", "31 bytes", "33 bytes", "all zero", "bad character"})
    void torAndWeAgreeOnClientPrivateKeys(String kind) throws IOException {
        String blob = craftedPrivateKeyBlob(kind);
        String ours;
        try {
            ours = X25519ClientAuth.isAllZero(X25519ClientAuth.decodePrivateKey(blob)) ? "553" : "25";
        } catch (IllegalArgumentException e) {
            ours = "512";
        }
        String address = OnionServiceKey.generate(new Random(kind.hashCode())).address().serviceId();
        try (RawControlConnection connection = authenticated()) {
            String reply = connection.send("ONION_CLIENT_AUTH_ADD " + address + " x25519:" + blob).get(0);
            assertTrue(reply.startsWith(ours), kind + ": we expected " + ours + ", tor said " + reply);
        }
    }

    private static String craftedAddress(String kind) {
        String valid = OnionServiceKey.generate(new Random(1)).address().serviceId();
        byte[] validKey = OnionAddress.parseServiceId(valid).publicKey();
        BigInteger p = EdwardsPoint.P;
        return switch (kind) {
            case "valid" -> valid;
            case "uppercase" -> valid.toUpperCase();
            case "version 4" -> OnionAddressTest.address(validKey, 4);
            case "bad checksum" -> withVersionByte(valid, 4);
            case "canonical identity" -> OnionAddressTest.address(EdwardsPoint.IDENTITY.encode(), 3);
            case "identity with sign bit" -> OnionAddressTest.address(LittleEndian.fromUnsigned(BigInteger.ONE.setBit(255), 32), 3);
            case "identity y=p+1" -> OnionAddressTest.address(LittleEndian.fromUnsigned(p.add(BigInteger.ONE), 32), 3);
            case "order 2" -> OnionAddressTest.address(LittleEndian.fromUnsigned(p.subtract(BigInteger.ONE), 32), 3);
            case "off curve" -> OnionAddressTest.address(LittleEndian.fromUnsigned(BigInteger.TWO, 32), 3);
            case "torsion" -> OnionAddressTest.address(EdwardsPoint.BASE.multiply(BigInteger.valueOf(12345))
                    .add(Ed25519Test.anyPointWithTorsion().multiply(EdwardsPoint.ORDER)).encode(), 3);
            case "with .onion" -> valid + ".onion";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String withVersionByte(String serviceId, int version) {
        byte[] raw = Base32.decode(serviceId);
        raw[raw.length - 1] = (byte) version;
        return Base32.encode(raw);
    }

    private static String craftedClientAuthV3(String kind) {
        String valid = X25519ClientAuth.encodePublicKey(X25519ClientAuth.publicKey(randomBytes(32, 2)));
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return switch (kind) {
            case "valid" -> valid;
            case "uppercase" -> valid.toUpperCase();
            case "spare bits set" -> valid.substring(0, 51) + alphabet.charAt(alphabet.indexOf(valid.charAt(51)) | 0x0F);
            case "all zero" -> "a".repeat(52);
            case "padded" -> valid + "====";
            case "51 chars" -> valid.substring(0, 51);
            case "bad character" -> valid.substring(0, 51) + "1";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String craftedPrivateKeyBlob(String kind) {
        String padded = Base64.getEncoder().encodeToString(randomBytes(32, 3));
        return switch (kind) {
            case "padded" -> padded;
            case "unpadded" -> padded.replace("=", "");
            case "junk after padding" -> padded + "junk";
            case "31 bytes" -> Base64.getEncoder().encodeToString(randomBytes(31, 4));
            case "33 bytes" -> Base64.getEncoder().encodeToString(randomBytes(33, 5));
            case "all zero" -> Base64.getEncoder().encodeToString(new byte[32]);
            case "bad character" -> "*" + padded.substring(1);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static boolean accepts(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
