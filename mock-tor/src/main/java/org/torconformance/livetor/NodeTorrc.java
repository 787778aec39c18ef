package org.torconformance.livetor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The torrc of one node of a private network on 127.0.0.1, following
 * shared/reference/private-tor-network.md. ExitPolicy is written exactly once per role: its lines
 * accumulate, so a relay default of {@code reject *:*} before an exit's accepts would make it exit nowhere.
 */
final class NodeTorrc {
    private NodeTorrc() {
    }

    record Network(List<String> dirAuthorityLines, Path resolvConf, long ownerPid, VotingSchedule schedule) {
    }

    static List<String> lines(NodeSpec node, Network network, List<String> extraLines) {
        List<String> lines = new ArrayList<>(common(node, network));
        if (node.role().isRelay()) {
            lines.addAll(relay(node, network));
        }
        if (node.role().isAuthority()) {
            lines.addAll(authority(node, network));
        }
        if (node.role() == NodeRole.EXIT_AUTHORITY) {
            lines.addAll(exitPolicy());
        } else if (node.role().isRelay()) {
            lines.addAll(noExit());
        }
        if (node.role() == NodeRole.RELAY) {
            // Relays fetch their first consensus late (404s at start, then backoff). As directory caches
            // they would stall a client asking them for microdescriptors by ~10 s; without DirCache the
            // client asks the authorities, and the relays still serve as guards and middles.
            lines.add("DirCache 0");
        }
        if (node.role() == NodeRole.CLIENT) {
            lines.add("SocksPort " + Loopback.HOST + ":auto");
        }
        lines.addAll(extraLines);
        return lines;
    }

    private static List<String> common(NodeSpec node, Network network) {
        String dir = TorrcLines.path(node.dataDirectory());
        List<String> lines = new ArrayList<>(List.of(
                "# written by org.torconformance.livetor.TorNetwork: " + node.nickname() + " (" + node.role() + ")",
                "TestingTorNetwork 1",
                "PathsNeededToBuildCircuits 0.67",
                "TestingDirAuthVoteExit *",
                "TestingDirAuthVoteGuard *",
                "TestingDirAuthVoteHSDir *",
                "TestingMinExitFlagThreshold 0",
                "V3AuthNIntervalsValid 2",
                "DataDirectory " + dir,
                "Nickname " + node.nickname(),
                "ShutdownWaitLength 0",
                "ControlPort " + Loopback.HOST + ":auto",
                "ControlPortWriteToFile " + dir + "/" + TorProcess.CONTROL_PORT_FILE,
                "CookieAuthentication 1",
                "__OwningControllerProcess " + network.ownerPid(),
                "Log notice file " + dir + "/notice.log",
                "Log notice stdout",
                "SafeLogging 0",
                "LogTimeGranularity 1",
                "ProtocolWarnings 1",
                "ClientUseIPv6 0",
                "OutboundBindAddress " + Loopback.HOST));
        lines.addAll(network.dirAuthorityLines());
        return lines;
    }

    private static List<String> relay(NodeSpec node, Network network) {
        return List.of(
                "SocksPort 0",
                "ORPort " + Loopback.HOST + ":" + node.orPort(),
                "Address " + Loopback.HOST,
                "AddressDisableIPv6 1",
                "AssumeReachable 1", // no self-test: the descriptor goes up ~2.4 s after launch
                "ContactInfo " + node.nickname() + "@test.invalid",
                "ServerDNSDetectHijacking 0", // else exits send test queries for real domains
                "ServerDNSTestAddresses",
                "ServerDNSResolvConfFile " + TorrcLines.path(network.resolvConf()));
    }

    private static List<String> authority(NodeSpec node, Network network) {
        List<String> lines = new ArrayList<>(List.of(
                "DirPort " + Loopback.HOST + ":" + node.dirPort(),
                "AuthoritativeDirectory 1",
                "V3AuthoritativeDirectory 1"));
        lines.addAll(network.schedule().authorityTorrcLines());
        return lines;
    }

    private static List<String> exitPolicy() {
        return List.of(
                "ExitRelay 1",
                "ExitPolicyRejectPrivate 0",
                "ExitPolicyRejectLocalInterfaces 0",
                "ExitPolicy accept 127.0.0.0/8:*",
                // The microdescriptor policy summary only counts ports open to (almost) all addresses;
                // without this the client sees no exit. Traffic stays local because OutboundBindAddress
                // is 127.0.0.1 and the DNS stub only ever answers 127.0.0.1.
                "ExitPolicy accept *:*");
    }

    private static List<String> noExit() {
        return List.of("ExitRelay 0", "ExitPolicy reject *:*");
    }
}
