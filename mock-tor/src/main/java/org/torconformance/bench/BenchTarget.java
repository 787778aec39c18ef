package org.torconformance.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.livetor.ControlAuth;
import org.torconformance.livetor.LiveTor;

/** A control port to measure: an embedded mock or a live tor (DisableNetwork 1), with its cookie if any. */
record BenchTarget(String name, int port, Optional<Path> cookieFile, AutoCloseable owner) implements AutoCloseable {
    enum Kind { MOCK, TOR }

    /** A mock with the builder's defaults (journal on) apart from the authentication method. */
    static BenchTarget mock(boolean cookie) {
        return mock(MockTor.builder(), cookie);
    }

    static BenchTarget mock(MockTor.Builder builder, boolean cookie) {
        MockTor mock = builder.auth(cookie ? Auth.cookie() : Auth.none()).start();
        return new BenchTarget("mock", mock.controlPort(), cookie ? Optional.of(mock.cookieFile()) : Optional.empty(), mock);
    }

    MockTor mockTor() {
        return (MockTor) owner;
    }

    LiveTor liveTor() {
        return (LiveTor) owner;
    }

    static BenchTarget tor(boolean cookie) {
        LiveTor tor = LiveTor.builder().auth(cookie ? ControlAuth.cookie() : ControlAuth.none()).start();
        return new BenchTarget("tor", tor.controlPort(), tor.cookieFile(), tor);
    }

    static BenchTarget start(Kind kind, boolean cookie) {
        return kind == Kind.MOCK ? mock(cookie) : tor(cookie);
    }

    /** A connection that has authenticated with the target's NULL or COOKIE method. */
    BenchClient authenticated() {
        return authenticated(256 * 1024);
    }

    BenchClient authenticated(int bufferSize) {
        BenchClient c = BenchClient.connect(port, bufferSize);
        Handshake.authenticate(c, cookieFile.isPresent() ? Handshake.Method.COOKIE : Handshake.Method.NULL, this);
        return c;
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }
}
