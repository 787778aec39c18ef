package org.torconformance.livetor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Creates a node's keys in its DataDirectory before it starts, so that its identities are known up front. */
final class NodeKeys {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    // The identity key is encrypted with this; nothing ever decrypts it again.
    private static final byte[] PASSPHRASE = "livetor\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CERT_FINGERPRINT = Pattern.compile("^fingerprint ([0-9A-F]{40})$", Pattern.MULTILINE);

    private NodeKeys() {
    }

    /** tor-gencert for the authority certificate (v3 identity), then the relay identity. */
    static Authority authority(Path tor, Path torGencert, NodeSpec node) {
        Path keys = Directories.createPrivate(node.dataDirectory().resolve("keys"));
        OneShotCommand.run(List.of(torGencert.toString(), "--create-identity-key", "-m", "12",
                "-a", Loopback.HOST + ":" + node.dirPort(), "--passphrase-fd", "0"), PASSPHRASE, keys, TIMEOUT);
        String certificate = read(keys.resolve("authority_certificate"));
        Matcher m = CERT_FINGERPRINT.matcher(certificate);
        if (!m.find()) {
            throw new IllegalStateException("no fingerprint line in the authority certificate of " + node.nickname());
        }
        return new Authority(node.nickname(), m.group(1), relayFingerprint(tor, node), node.orPort(), node.dirPort());
    }

    /**
     * {@code tor --list-fingerprint} with an empty torrc: a torrc with TestingTorNetwork but no
     * DirAuthority lines would be rejected.
     */
    static String relayFingerprint(Path tor, NodeSpec node) {
        String output = OneShotCommand.run(List.of(tor.toString(), "--ignore-missing-torrc",
                "-f", "/dev/null", "--defaults-torrc", "/dev/null",
                "--DataDirectory", node.dataDirectory().toString(), "--Nickname", node.nickname(),
                "--ORPort", "1", "--quiet", "--list-fingerprint"), new byte[0], null, TIMEOUT);
        Matcher m = Pattern.compile("^" + Pattern.quote(node.nickname()) + " ((?:[0-9A-F]{4} ?){10})$",
                Pattern.MULTILINE).matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("unexpected --list-fingerprint output for " + node.nickname() + ":\n" + output);
        }
        return m.group(1).replace(" ", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
