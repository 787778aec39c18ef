package org.torconformance.conformance.target;

import java.util.Optional;
import java.util.OptionalInt;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.cli.Version;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.run.Timeouts;
import org.torconformance.journal.Journal;

/** The mock as a daemon: a fresh instance per case (it starts in milliseconds). */
public final class MockDaemonTarget implements DaemonTarget {
    private MockTor current;

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
        MockTor.Builder b = MockTor.builder().auth(Auth.parse(spec.auth().equals("cookie") ? "cookie" : spec.auth()));
        for (String line : spec.torrc()) {
            String[] kv = line.strip().split("\\s+", 2);
            b.option(kv[0], kv.length > 1 ? kv[1] : "");
        }
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
    }

    @Override
    public void close() {
        caseFinished();
    }
}
