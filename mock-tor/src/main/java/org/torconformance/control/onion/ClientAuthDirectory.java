package org.torconformance.control.onion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.torconformance.control.TorModel;
import org.torconformance.crypto.Base32;
import org.torconformance.crypto.X25519ClientAuth;

/**
 * ClientOnionAuthDir, where tor keeps permanent client credentials: one file
 * {@code <address as given>.auth_private} holding {@code <address>:descriptor:x25519:<base32 key>}
 * (no newline). Tor writes only into an existing directory.
 */
final class ClientAuthDirectory {
    private static final String SUFFIX = ".auth_private";
    /** A 32-byte x25519 key in unpadded base32. */
    private static final int KEY_BASE32_LENGTH = 52;

    private final Path directory;

    ClientAuthDirectory(Path directory) {
        this.directory = directory;
    }

    /** The directory named by the ClientOnionAuthDir option, if set. */
    static Optional<ClientAuthDirectory> configured(TorModel model) {
        return model.config().value("ClientOnionAuthDir").map(d -> new ClientAuthDirectory(Path.of(d)));
    }

    /** False where tor answers {@code 553 Unable to store creds}. */
    boolean store(ClientCredential credential) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        String content = credential.addressAsGiven() + ":descriptor:x25519:" + Base32.encode(credential.privateKey());
        Path file = fileOf(credential);
        try {
            Files.writeString(file, content, StandardCharsets.US_ASCII);
            restrictToOwner(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void delete(ClientCredential credential) {
        try {
            Files.deleteIfExists(fileOf(credential));
        } catch (IOException e) {
            // tor only logs a failed unlink; the credential is gone from memory either way
        }
    }

    /** The credentials tor loads at start and on every change of its options; unreadable files are skipped. */
    List<ClientCredential> load() {
        List<ClientCredential> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return out;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted()
                    .forEach(f -> read(f).ifPresent(out::add));
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Optional<ClientCredential> read(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> fields = SmartlistSplit.split(content, ":", true, false, 0);
        if (fields.size() != 4 || !fields.get(1).equals("descriptor") || !fields.get(2).equals("x25519")
                || fields.get(3).length() != KEY_BASE32_LENGTH) {
            return Optional.empty();
        }
        byte[] key;
        try {
            key = Base32.decode(fields.get(3));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (X25519ClientAuth.isAllZero(key)) {
            return Optional.empty();
        }
        return OnionAddresses.parse(fields.get(0))
                .map(address -> new ClientCredential(fields.get(0), address, key, true, Optional.empty()));
    }

    private Path fileOf(ClientCredential credential) {
        return directory.resolve(credential.addressAsGiven() + SUFFIX);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
