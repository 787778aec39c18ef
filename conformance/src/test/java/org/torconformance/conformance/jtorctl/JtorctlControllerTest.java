package org.torconformance.conformance.jtorctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.conformance.controller.ControlEndpoint;
import org.torconformance.conformance.controller.Credentials;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.wire.ByteString;

/** JtorctlController against jtorctl 0.4.5.7's real behaviour. */
class JtorctlControllerTest {
    static final Duration BOUND = Duration.ofSeconds(5);
    static final String ONION = "pg6mmjiyjmcrsslvykfwnntlaru7p5svn6y2ymmju6nubxndf4pscryd";

    @Test
    @DisplayName("password authentication sends the password hex-encoded; error replies carry no status")
    void passwordAndErrors() {
        try (MockTor mock = MockTor.builder().auth(Auth.password("s3cret")).seed(3).start();
             JtorctlController c = new JtorctlController(BOUND)) {
            c.connect(ControlEndpoint.tcp(mock.controlPort()), new Credentials(Optional.of("s3cret"), Optional.empty()));
            assertEquals("AUTHENTICATE 733363726574", mock.journal().commands("AUTHENTICATE").get(0).encode().latin1().strip());
            mock.enqueueRaw("GETINFO", ByteString.latin1("552 Unrecognized key \"x\"\r\n"));
            LibraryError e = assertThrows(LibraryError.class, () -> c.getInfo(List.of("x")));
            assertTrue(e.status().isEmpty(), e.getMessage());
            assertTrue(e.getMessage().contains("Error reply: Unrecognized key"), e.getMessage());
        }
    }

    @Test
    @DisplayName("getConf: a bare key is jtorctl's is_default entry, reported as no value")
    void getConfDefault() {
        try (MockTor mock = MockTor.start(); JtorctlController c = new JtorctlController(BOUND)) {
            c.connect(ControlEndpoint.tcp(mock.controlPort()), Credentials.none());
            mock.enqueueRaw("GETCONF", ByteString.latin1("250-SocksPort=9050\r\n250 Nickname\r\n"));
            assertEquals(Map.of("SocksPort", List.of("9050"), "Nickname", List.of()), c.getConf(List.of("SocksPort", "Nickname")));
        }
    }

    @Test
    @DisplayName("addOnion passes every flag and reports jtorctl's onionAddress/onionPrivKey as ServiceID/PrivateKey")
    void addOnionFlags() {
        try (MockTor mock = MockTor.start(); JtorctlController c = new JtorctlController(BOUND)) {
            c.connect(ControlEndpoint.tcp(mock.controlPort()), Credentials.none());
            mock.enqueueRaw("ADD_ONION", ByteString.latin1("250-ServiceID=" + ONION + "\r\n250-PrivateKey=ED25519-V3:a2V5\r\n250 OK\r\n"));
            Map<String, String> got = c.addOnion("NEW:ED25519-V3", Map.of(80, "127.0.0.1:8080"), List.of("Detach", "MaxStreamsCloseCircuit"));
            assertEquals(Map.of("ServiceID", ONION, "PrivateKey", "ED25519-V3:a2V5"), got);
            String sent = mock.journal().commands("ADD_ONION").get(0).encode().latin1().strip();
            assertTrue(sent.contains("Flags=Detach,MaxStreamsCloseCircuit"), sent);
        }
    }
}
