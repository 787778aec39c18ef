package org.torconformance.control.onion;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.torconformance.control.TorModel;

/**
 * The onion service directories of the network the mock pretends to be part of when DisableNetwork
 * is 0: eight fixed relays (enough for tor's two replicas of four HSDirs each), with made-up
 * identities and the hsdir index tor would compute from them. With DisableNetwork 1 the mock,
 * like tor without a consensus, knows no relay at all.
 */
final class SimulatedHsDirs {
    /** A relay acting as HSDir. */
    record HsDir(String fingerprint, String nickname, byte[] edIdentity) {
        String longName() {
            return "$" + fingerprint + "~" + nickname;
        }

        /** Tor's hsdir index: SHA3-256("node-idx" | ed25519 id | SRV | INT_8(period) | INT_8(length)), upper-case hex. */
        String index(TimePeriod period) {
            ByteBuffer periodBytes = ByteBuffer.allocate(16).putLong(period.number()).putLong(period.lengthMinutes());
            return HexFormat.of().withUpperCase().formatHex(
                    sha3("node-idx".getBytes(StandardCharsets.US_ASCII), edIdentity, disasterSrv(period), periodBytes.array()));
        }
    }

    static final List<HsDir> ALL = IntStream.rangeClosed(1, 8).mapToObj(SimulatedHsDirs::relay).toList();

    private SimulatedHsDirs() {
    }

    /** The simulated network exists while DisableNetwork is 0. */
    static boolean present(TorModel model) {
        return !model.config().bool("DisableNetwork");
    }

    /** Tor's {@code node_get_by_hex_id}: {@code [$]40HEX} with an optional {@code ~nick} or {@code =nick}. */
    static Optional<HsDir> byHexId(String id) {
        String hex = id.startsWith("$") ? id.substring(1) : id;
        int nick = Math.max(hex.indexOf('~'), hex.indexOf('='));
        String fingerprint = (nick >= 0 ? hex.substring(0, nick) : hex).toUpperCase(Locale.ROOT);
        Optional<HsDir> relay = ALL.stream().filter(d -> d.fingerprint().equals(fingerprint)).findFirst();
        return nick < 0 ? relay : relay.filter(d -> d.nickname().equalsIgnoreCase(hex.substring(nick + 1)));
    }

    private static HsDir relay(int n) {
        byte[] seed = ("mock-tor hsdir " + n).getBytes(StandardCharsets.US_ASCII);
        String fingerprint = HexFormat.of().withUpperCase().formatHex(digest("SHA-1", seed));
        return new HsDir(fingerprint, "MockHsDir" + n, digest("SHA-256", seed));
    }

    /** The shared random value tor uses when the consensus has none. */
    private static byte[] disasterSrv(TimePeriod period) {
        ByteBuffer periodBytes = ByteBuffer.allocate(16).putLong(period.lengthMinutes()).putLong(period.number());
        return sha3("shared-random-disaster".getBytes(StandardCharsets.US_ASCII), periodBytes.array());
    }

    private static byte[] sha3(byte[]... parts) {
        try {
            MessageDigest sha3 = MessageDigest.getInstance("SHA3-256");
            for (byte[] p : parts) {
                sha3.update(p);
            }
            return sha3.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 17 provides SHA3-256", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] input) {
        try {
            return MessageDigest.getInstance(algorithm).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + algorithm, e);
        }
    }
}
