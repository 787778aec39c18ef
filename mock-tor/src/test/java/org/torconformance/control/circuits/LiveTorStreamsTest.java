package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.livetor.LiveTor;

/**
 * Stream commands on lookups a live tor 0.4.9.11 with DisableNetwork 1 keeps waiting (RESOLVE):
 * scripts refer to the streams they made as {@code {S1}}, {@code {S2}}, ... and must get the same
 * answers from tor and the mock. Needs tor: {@code apt-get install -y tor}.
 */
class LiveTorStreamsTest {
    private static final Pattern NEW_STREAM = Pattern.compile("650 STREAM (\\d+) NEW(RESOLVE)? ");

    private static final List<List<String>> SCRIPTS = List.of(
            List.of("SETEVENTS STREAM ADDRMAP", "RESOLVE a.com b.com c.com d.com e.com f.com g.com",
                    "CLOSESTREAM {S1} 0", "CLOSESTREAM {S2} 20", "CLOSESTREAM {S3} 255", "CLOSESTREAM {S4} 256",
                    "CLOSESTREAM {S4} -1", "CLOSESTREAM {S4} abc", "CLOSESTREAM {S4} +5", "CLOSESTREAM {S4} 05 foo bar",
                    "CLOSESTREAM {S5} 2", "CLOSESTREAM {S6} 3", "CLOSESTREAM {S7} 12", "CLOSESTREAM {S7} 12"),
            List.of("SETEVENTS STREAM ADDRMAP", "RESOLVE a.com", "ATTACHSTREAM {S1} 0", "ATTACHSTREAM {S1} 5",
                    "ATTACHSTREAM {S1} 0 HOP=1", "ATTACHSTREAM {S1} 0 HOP=x", "ATTACHSTREAM {S1} 5 HOP=x",
                    "ATTACHSTREAM {S1} 0 FOO=1", "ATTACHSTREAM {S1}", "REDIRECTSTREAM {S1} c.com 8080",
                    "GETINFO stream-status", "CLOSESTREAM {S1} 1"),
            List.of("SETEVENTS STREAM ADDRMAP", "SETCONF __LeaveStreamsUnattached=1", "RESOLVE b.com MiXeD.example",
                    "GETINFO stream-status", "ATTACHSTREAM {S1} 5", "ATTACHSTREAM {S1} 0", "ATTACHSTREAM {S1} 0",
                    "GETINFO stream-status", "REDIRECTSTREAM {S2} c.com", "REDIRECTSTREAM {S2} d.com 0",
                    "REDIRECTSTREAM {S2} d.com 80", "REDIRECTSTREAM {S2} d.com 65536", "REDIRECTSTREAM {S2} d.com x y",
                    "GETINFO stream-status", "MAPADDRESS d.com=1.2.3.4", "ATTACHSTREAM {S2} 0",
                    "MAPADDRESS d.com=d.com", "SETCONF __LeaveStreamsUnattached=0"),
            List.of("SETEVENTS STREAM ADDRMAP", "SETCONF __LeaveStreamsUnattached=1", "RESOLVE foo.onion @@@ 127.0.0.1",
                    "ATTACHSTREAM {S1} 0", "ATTACHSTREAM {S2} 0", "ATTACHSTREAM {S3} 0", "SETCONF __LeaveStreamsUnattached=0"));

    @Test
    void streamCommandsOnWaitingLookupsAnswerAsLiveTor() {
        List<String> live;
        List<String> mock;
        try (LiveTor tor = LiveTor.builder().start()) {
            live = runAll(tor.controlPort());
        }
        try (MockTor tor = Mocks.networkDisabled()) {
            mock = runAll(tor.controlPort());
        }
        assertEquals(String.join("\n", live), String.join("\n", mock));
    }

    @Test
    void eachConnectionTakesAStreamIdAsOnLiveTor() {
        long liveGap;
        long mockGap;
        try (LiveTor tor = LiveTor.builder().start()) {
            liveGap = gapBetweenTwoConnections(tor.controlPort());
        }
        try (MockTor tor = Mocks.networkDisabled()) {
            mockGap = gapBetweenTwoConnections(tor.controlPort());
        }
        assertEquals(liveGap, mockGap);
        assertEquals(2, mockGap, "the second controller's connection takes one ID between the two lookups");
    }

    private static long gapBetweenTwoConnections(int port) {
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            try (RawControlClient c = RawControlClient.connect(port)) {
                c.command("AUTHENTICATE");
                c.command("SETEVENTS STREAM");
                Matcher m = NEW_STREAM.matcher(Exchange.send(c, org.torconformance.wire.ByteString.latin1("RESOLVE gap.example\r\n")));
                ids[i] = m.find() ? Long.parseLong(m.group(1)) : -1;
            }
        }
        return ids[1] - ids[0];
    }

    private static List<String> runAll(int port) {
        List<String> out = new ArrayList<>();
        for (List<String> script : SCRIPTS) {
            out.addAll(run(port, script));
        }
        return out;
    }

    private static List<String> run(int port, List<String> script) {
        Normalizer normalizer = new Normalizer();
        List<String> streams = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try (RawControlClient c = RawControlClient.connect(port)) {
            c.command("AUTHENTICATE");
            for (String line : script) {
                String sent = line;
                for (int i = 0; i < streams.size(); i++) {
                    sent = sent.replace("{S" + (i + 1) + "}", streams.get(i));
                }
                String answer = Exchange.send(c, org.torconformance.wire.ByteString.latin1(sent + "\r\n"));
                Matcher m = NEW_STREAM.matcher(answer);
                while (m.find()) {
                    streams.add(m.group(1));
                }
                answers.add(line + "\n" + normalizer.normalize(answer));
            }
        }
        return answers;
    }
}
