package org.torconformance.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.wire.ByteString;

/**
 * The mock, configured like the live tor (see {@link MockOptions}), seeded, and with
 * {@code torQuirks} on: the point is to reproduce tor's real bytes, bugs included.
 */
final class MockTarget implements Target {
    static final long SEED = 1;

    private final MockTor mock;
    private final Path dataDirectory;
    private final ScenarioAuth auth;
    private final TargetFacts facts;

    private MockTarget(MockTor mock, Path dataDirectory, ScenarioAuth auth) {
        this.mock = mock;
        this.dataDirectory = dataDirectory;
        this.auth = auth;
        this.facts = TargetFacts.of(Side.MOCK, dataDirectory, Set.of(mock.controlPort()), mock.model().settings().pid());
    }

    static MockTarget start(ScenarioFile file, LiveTarget live) {
        Path dir;
        try {
            dir = Files.createTempDirectory("fidelity-mock-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // The mirrored lines go in a torrc of the mock's own, as tor's are in LiveTor's, so that
            // config-file, config-text and SAVECONF answer alike.
            StringBuilder torrc = new StringBuilder();
            for (MockOptions.Option o : MockOptions.mirror(live.torrc(), live.extras(), live.dataDirectory(),
                    dir.toAbsolutePath().toString())) {
                torrc.append(o.name()).append(' ').append(o.value()).append('\n');
            }
            Path torrcFile = dir.resolve("torrc");
            Files.writeString(torrcFile, torrc, StandardCharsets.ISO_8859_1);
            MockTor.Builder b = MockTor.builder().dataDirectory(dir).torrcFile(torrcFile).seed(SEED).torQuirks(true)
                    .auth(auth(file.auth()));
            return new MockTarget(b.start(), dir, file.auth());
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    private static Auth auth(ScenarioAuth auth) {
        if (auth instanceof ScenarioAuth.Cookie) {
            return Auth.cookie();
        }
        if (auth instanceof ScenarioAuth.Password p) {
            return Auth.hashed(p.hash());
        }
        return Auth.none();
    }

    @Override
    public Side side() {
        return Side.MOCK;
    }

    @Override
    public int controlPort() {
        return mock.controlPort();
    }

    @Override
    public TargetFacts facts() {
        return facts;
    }

    @Override
    public ByteString authenticateCommand() {
        return AuthenticateCommand.forAuth(auth, cookieFile().orElse(null));
    }

    @Override
    public Optional<Path> cookieFile() {
        return auth instanceof ScenarioAuth.Cookie ? Optional.of(mock.cookieFile()) : Optional.empty();
    }

    @Override
    public boolean isAlive() {
        return !mock.stopped().isDone();
    }

    @Override
    public void close() {
        mock.close();
        delete(dataDirectory);
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }
}
