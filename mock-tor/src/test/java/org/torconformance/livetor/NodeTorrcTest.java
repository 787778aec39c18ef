package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTorrcTest {
    private static final NodeTorrc.Network NETWORK = new NodeTorrc.Network(
            List.of("DirAuthority auth0 orport=1 no-v2 v3ident=" + "A".repeat(40) + " 127.0.0.1:2 " + "B".repeat(40)),
            Path.of("/tmp/net/resolv.conf"), 99, VotingSchedule.FASTEST);

    @Test
    void theExitAuthorityHasOnlyAcceptPolicies() {
        List<String> lines = lines(NodeRole.EXIT_AUTHORITY);
        assertEquals(List.of("ExitPolicy accept 127.0.0.0/8:*", "ExitPolicy accept *:*"), policies(lines));
        assertTrue(lines.contains("ExitRelay 1"));
        assertTrue(lines.contains("DirPort 127.0.0.1:5001"));
        assertTrue(lines.contains("V3AuthVotingInterval 10"));
    }

    @Test
    void otherRelaysExitNowhere() {
        for (NodeRole role : List.of(NodeRole.AUTHORITY, NodeRole.RELAY)) {
            List<String> lines = lines(role);
            assertEquals(List.of("ExitPolicy reject *:*"), policies(lines), role.toString());
            assertTrue(lines.contains("ExitRelay 0"), role.toString());
            assertTrue(lines.contains("ORPort 127.0.0.1:5000"), role.toString());
            assertTrue(lines.contains("ServerDNSResolvConfFile /tmp/net/resolv.conf"), role.toString());
        }
        assertTrue(lines(NodeRole.RELAY).stream().noneMatch(l -> l.startsWith("DirPort")));
    }

    @Test
    void theClientHasASocksPortAndNoRelayOptions() {
        List<String> lines = lines(NodeRole.CLIENT);
        assertEquals(List.of(), policies(lines));
        assertTrue(lines.contains("SocksPort 127.0.0.1:auto"));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ORPort")));
    }

    @Test
    void everyNodeIsPrivateOwnedAndExtraLinesComeLast() {
        for (NodeRole role : NodeRole.values()) {
            List<String> lines = NodeTorrc.lines(spec(role), NETWORK, List.of("ConfluxEnabled 0"));
            assertTrue(lines.contains("TestingTorNetwork 1"), role.toString());
            assertTrue(lines.contains("__OwningControllerProcess 99"), role.toString());
            assertTrue(lines.containsAll(NETWORK.dirAuthorityLines()), role.toString());
            assertEquals("ConfluxEnabled 0", lines.get(lines.size() - 1), role.toString());
            assertEquals(java.util.Optional.empty(), PrivateDirectoryLines.whyNotPrivate(lines), role.toString());
        }
    }

    private static List<String> lines(NodeRole role) {
        return NodeTorrc.lines(spec(role), NETWORK, List.of());
    }

    private static NodeSpec spec(NodeRole role) {
        return new NodeSpec("n", role, 5000, 5001, Path.of("/tmp/net/n"));
    }

    private static List<String> policies(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("ExitPolicy ")).toList();
    }
}
