package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/** The directory keys of a bootstrapped mock, in the formats a 0.4.9.11 client answers with. */
class NetworkInfoTest {
    private static final String ENTRY = "r [A-Za-z0-9]{1,19} [A-Za-z0-9+/]{27} [A-Za-z0-9+/]{27} 2038-01-01 00:00:00 "
            + "(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3} (443|9001) (0|80)\r\n"
            + "s( (Authority|Exit|Fast|Guard|HSDir|Running|Stable|V2Dir|Valid))+\r\n"
            + "w Bandwidth=\\d+\r\n";

    @Test
    void nsAllListsRouterStatusEntriesSortedByIdentity() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            String all = c.command("GETINFO ns/all");
            assertTrue(all.matches("250\\+ns/all=\r\n(" + ENTRY + "){11}\\.\r\n250 OK\r\n"), all);
            List<String> ids = Relays.names(c).stream().map(r -> r.substring(1, 41)).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
            String one = Relays.names(c).get(4);
            String byId = c.command("GETINFO ns/id/" + one.substring(1, 41));
            assertTrue(byId.matches("250\\+ns/id/[0-9A-F]{40}=\r\n" + ENTRY + "\\.\r\n250 OK\r\n"), byId);
            String nick = one.substring(42);
            assertEquals(byId.replace("ns/id/" + one.substring(1, 41), "ns/name/" + nick.toUpperCase()),
                    c.command("GETINFO ns/name/" + nick.toUpperCase()), "names match in any case");
            assertEquals(byId.replace("ns/id/" + one.substring(1, 41), "ns/id/" + one.substring(0, 41)),
                    c.command("GETINFO ns/id/" + one.substring(0, 41)));
        }
    }

    @Test
    void lookupFailuresAnswerAsTorDoes() {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            assertEquals("551 Data not decodeable as hex\r\n", c.command("GETINFO ns/id/zz"));
            assertEquals("552 Unrecognized key \"ns/id/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"\r\n",
                    c.command("GETINFO ns/id/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            assertEquals("552 Unrecognized key \"ns/name/nosuch\"\r\n", c.command("GETINFO ns/name/nosuch"));
            assertEquals("551 Internal error\r\n", c.command("GETINFO ns/purpose/x"));
            assertEquals("250-ns/purpose/general=\r\n250 OK\r\n", c.command("GETINFO ns/purpose/general"));
            assertEquals("552 Unrecognized key \"md/id/zz\"\r\n", c.command("GETINFO md/id/zz"));
            assertEquals("552 Unrecognized key \"ns/foo\"\r\n", c.command("GETINFO ns/foo"));
            assertEquals("552-We fetch microdescriptors, not router descriptors. You'll need to use md/id/* instead of desc/id/*.\r\n"
                    + "552-Unrecognized key \"nosuch\"\r\n"
                    + "552 We fetch microdescriptors, not router descriptors. You'll need to use md/name/* instead of desc/name/*.\r\n",
                    c.command("GETINFO desc/id/x nosuch desc/name/y"));
            assertEquals("551 Could not open cached consensus. Make sure FetchUselessDescriptors is set to 1.\r\n",
                    c.command("GETINFO dir/status-vote/current/consensus"));
            assertEquals("551 Servers unavailable\r\n", c.command("GETINFO dir/server/authority"));
            assertEquals("250-desc/download-enabled=0\r\n250-md/download-enabled=1\r\n250 OK\r\n",
                    c.command("GETINFO desc/download-enabled md/download-enabled"));
        }
    }

    @Test
    void microdescriptorsMatchTheConsensusDigests() throws Exception {
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            String relay = Relays.names(c).get(2);
            String md = c.command("GETINFO md/name/" + relay.substring(42));
            assertTrue(md.matches("(?s)250\\+md/name/\\S+=\r\nonion-key\r\n-----BEGIN RSA PUBLIC KEY-----\r\nMIGJAoGBA.*"
                    + "-----END RSA PUBLIC KEY-----\r\nntor-onion-key [A-Za-z0-9+/]{43}\r\n(p accept 1-65535\r\n)?"
                    + "id ed25519 [A-Za-z0-9+/]{43}\r\n\\.\r\n250 OK\r\n"), md);
            String text = md.substring(md.indexOf("\r\n") + 2, md.indexOf("\r\n.\r\n") + 2).replace("\r\n", "\n");
            String digest = java.util.Base64.getEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            String consensus = c.command("GETINFO dir/status-vote/current/consensus-microdesc");
            assertTrue(consensus.startsWith("250+dir/status-vote/current/consensus-microdesc=\r\nnetwork-status-version 3 microdesc\r\n"));
            assertTrue(consensus.contains("\r\nm " + digest + "\r\n"), "the consensus m line is the SHA-256 of the microdescriptor");
            String shortDigest = java.util.Base64.getEncoder().withoutPadding().encodeToString(
                    java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(digest), 20));
            assertTrue(c.command("GETINFO ns/name/" + relay.substring(42)).contains(" " + shortDigest + " 2038-01-01"),
                    "ns r lines show its first 20 bytes, as tor prints FbIl1/0M09U79xNKODgM/3Q+pMo for ...pMqE...");
        }
    }

    @Test
    void theNetworkDependsOnTheSeedOnly() {
        String a;
        String b;
        String other;
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            a = c.command("GETINFO ns/all md/all");
        }
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            b = c.command("GETINFO ns/all md/all");
        }
        try (MockTor tor = MockTor.builder().seed(8).start(); Controller c = Mocks.controller(tor)) {
            other = c.command("GETINFO ns/all md/all");
        }
        assertEquals(a, b);
        assertNotEquals(a, other);
    }
}
