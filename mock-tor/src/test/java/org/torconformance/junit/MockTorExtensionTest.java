package org.torconformance.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.Command;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ProtocolInfo;

@ExtendWith(MockTorExtension.class)
@Execution(ExecutionMode.CONCURRENT)
class MockTorExtensionTest {
    static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
    static final Duration WAIT = Duration.ofSeconds(5);

    @MockTorServer(auth = "cookie")
    MockTor perTest;

    @MockTorServer(shared = true)
    static MockTor shared;

    static MockTor sharedSeen;

    @RepeatedTest(4)
    void eachTestGetsItsOwnMockOnAFreePort() {
        assertTrue(PORTS.add(perTest.controlPort()), "port reused across concurrently running tests");
        try (RawControlClient c = RawControlClient.connect(perTest.controlPort())) {
            assertEquals(List.of("COOKIE", "SAFECOOKIE"), ProtocolInfo.parse(c.command("PROTOCOLINFO")).authMethods());
        }
    }

    @RepeatedTest(2)
    void sharedMockIsTheSameAcrossTests() {
        synchronized (MockTorExtensionTest.class) {
            if (sharedSeen == null) {
                sharedSeen = shared;
            }
        }
        assertSame(sharedSeen, shared);
        assertNotEquals(shared.controlPort(), perTest.controlPort());
    }

    @Test
    void parameterMockCanBeScriptedAndInspected(@MockTorServer(options = "ContactInfo=x") MockTor tor) {
        tor.enqueue("GETINFO", Reply.builder().mid(250, "version=9.9.9").end(250, "OK"));
        try (RawControlClient c = RawControlClient.connect(tor.controlPort())) {
            c.command("AUTHENTICATE");
            assertEquals(Reply.builder().mid(250, "version=9.9.9").end(250, "OK"), c.command("GETINFO version"));
        }
        assertEquals(List.of(Command.of("AUTHENTICATE"), Command.of("GETINFO", "version")),
                List.of(tor.takeCommand(WAIT).orElseThrow(), tor.takeCommand(WAIT).orElseThrow()));
        assertTrue(tor.journal().receivedInOrder("AUTHENTICATE", "GETINFO"));
        assertTrue(tor.journal().neverReceived("SETEVENTS"));
    }
}
