package org.torconformance.conformance.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.cli.Version;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.journal.Journal;

/**
 * The mock as a daemon: a fresh instance per case (it starts in milliseconds), set up as the live
 * tor daemon is: started from a torrc file in its own data directory (so SAVECONF has a file to
 * write), with DisableNetwork 1 unless the case needs a SocksPort.
 */
public final class MockDaemonTarget implements DaemonTarget {
    private MockTor current;
    private Path currentDirectory;

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public String description() {
        return "mock-tor " + Version.project() + " (models tor " + Version.TOR_VERSION + ")";
    }

    @Override
    public Daemon daemon(DaemonSpec spec, Timeouts timeouts) {
        caseFinished();
        Path dir;
        try {
            dir = Files.createTempDirectory("mock-daemon-");
            List<String> torrc = new ArrayList<>();
            if (!spec.socksPort()) {
                torrc.add("DisableNetwork 1");
            }
            torrc.addAll(spec.torrc());
            Files.write(dir.resolve("torrc"), torrc, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mock's torrc", e);
        }
        currentDirectory = dir;
        MockTor.Builder b = MockTor.builder().dataDirectory(dir).torrcFile(dir.resolve("torrc"))
                .auth(Auth.parse(spec.auth().equals("cookie") ? "cookie" : spec.auth()));
        if (spec.socksPort()) {
            b.socksPort(0);
        }
        MockTor mock = b.start();
        current = mock;
        return new Daemon() {
            @Override
            public ControlEndpoint endpoint() {
                return ControlEndpoint.tcp(mock.controlPort());
            }

            @Override
            public Credentials credentials() {
                return LiveTorDaemonTarget.credentials(spec, Optional.of(mock.cookieFile()));
            }

            @Override
            public Optional<Journal> journal() {
                return Optional.of(mock.journal());
            }

            @Override
            public OptionalInt socksPort() {
                return spec.socksPort() ? OptionalInt.of(mock.socksPort()) : OptionalInt.empty();
            }
        };
    }

    @Override
    public void caseFinished() {
        if (current != null) {
            current.close();
            current = null;
        }
        if (currentDirectory != null) {
            try (Stream<Path> files = Files.walk(currentDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory; best effort
            }
            currentDirectory = null;
        }
    }

    @Override
    public void close() {
        caseFinished();
    }
}
