package org.torconformance.conformance.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.journal.JournalEntry;
import org.torconformance.wire.Command;

/** The repository's drivers as the suite configures them, and a cookie-authenticated mock to face. */
final class DriverFixture {
    private DriverFixture() {
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures/drivers")) && Files.exists(p.resolve("conformance/drivers.conf"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (fixtures/drivers) above " + Path.of("").toAbsolutePath());
    }

    /** The named driver from conformance/drivers.conf, its relative paths made absolute (tests run in conformance/). */
    static DriverSpec spec(String name) {
        Path root = repositoryRoot();
        DriverSpec spec = DriversConf.read(root.resolve("conformance/drivers.conf")).stream()
                .filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("conformance/drivers.conf has no " + name + " line"));
        List<String> command = spec.command().stream()
                .map(t -> Files.exists(root.resolve(t)) ? root.resolve(t).toString() : t).toList();
        return new DriverSpec(name, command);
    }

    static MockTor cookieMock() {
        return MockTor.builder().auth(Auth.cookie()).seed(7).start();
    }

    static ControlEndpoint endpoint(MockTor mock) {
        return ControlEndpoint.tcp(mock.controlPort());
    }

    static Credentials cookie(MockTor mock) {
        return new Credentials(java.util.Optional.empty(), java.util.Optional.of(mock.cookieFile()));
    }

    /** The last command with this keyword the mock received, as its line (and body) in Latin-1. */
    static String lastCommand(MockTor mock, String keyword) {
        List<Command> got = mock.journal().commands(keyword);
        if (got.isEmpty()) {
            throw new AssertionError("the mock received no " + keyword + "; it received "
                    + mock.journal().commands().stream().map(JournalEntry.CommandReceived::command).toList());
        }
        return got.get(got.size() - 1).encode().latin1().stripTrailing();
    }
}
