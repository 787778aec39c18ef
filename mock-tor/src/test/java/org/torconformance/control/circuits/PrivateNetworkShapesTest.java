package org.torconformance.control.circuits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;

/**
 * The mock runs the steps a real tor 0.4.9.11 ran on the private network (resources
 * {@code circuits/private-network-transcript.txt}: EXTENDCIRCUIT, ATTACHSTREAM, CLOSESTREAM,
 * CLOSECIRCUIT) and must produce the same event shapes: same replies, events, statuses, path
 * lengths, fields and orders, with IDs, relays, times, addresses and ports abstracted.
 */
class PrivateNetworkShapesTest {
    private static final Pattern EXTENDED = Pattern.compile("^250 EXTENDED (\\d+)");
    private static final Pattern EVENT = Pattern.compile("^(CIRC|STREAM) (\\d+) (\\S+)");

    @Test
    void eventSequencesMatchTheRecordedOnes() throws IOException {
        Map<String, List<String>> recorded = recordedSteps();
        Map<String, List<String>> mock = mockSteps();
        assertEquals(List.copyOf(recorded.keySet()), List.copyOf(mock.keySet()));
        assertEquals(39, recorded.values().stream().mapToInt(List::size).sum(), "the recording's relevant lines");
        EventShapes recordedShapes = new EventShapes();
        EventShapes mockShapes = new EventShapes();
        for (String step : recorded.keySet()) {
            assertEquals(recordedShapes.shapes(recorded.get(step)), mockShapes.shapes(mock.get(step)), step);
        }
    }

    /** The transcript's steps, with events of circuits and streams the steps did not make left out. */
    private static Map<String, List<String>> recordedSteps() throws IOException {
        String text;
        try (InputStream in = PrivateNetworkShapesTest.class.getResourceAsStream("/circuits/private-network-transcript.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<String, List<String>> raw = new LinkedHashMap<>();
        String step = null;
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("## ") || line.startsWith("> ")) {
                continue;
            }
            if (line.startsWith("# ")) {
                step = (++n) + " " + line.substring(2);
                raw.put(step, new ArrayList<>());
            } else if (line.startsWith("< ")) {
                String l = line.substring(2);
                raw.get(step).add(l.startsWith("650 ") ? l.substring(4) : l);
            }
        }
        return relevantOnly(raw);
    }

    private static Map<String, List<String>> relevantOnly(Map<String, List<String>> steps) {
        Set<String> circuits = new HashSet<>();
        Set<String> streams = new HashSet<>();
        for (List<String> lines : steps.values()) {
            for (String l : lines) {
                Matcher m = EXTENDED.matcher(l);
                if (m.find()) {
                    circuits.add(m.group(1));
                }
                if (l.startsWith("STREAM ") && l.contains(" NEW 0 web.test:")) {
                    streams.add(l.split(" ")[1]);
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        steps.forEach((step, lines) -> out.put(step, lines.stream().filter(l -> {
            Matcher m = EVENT.matcher(l);
            if (!m.find()) {
                return !l.contains("=") || l.startsWith("250") || l.startsWith("5");
            }
            return (m.group(1).equals("CIRC") ? circuits : streams).contains(m.group(2));
        }).toList()));
        return out;
    }

    /** The same steps against the mock (a bootstrapped client, so its circuits 1 and 2 stand for tor's others). */
    private static Map<String, List<String>> mockSteps() {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        try (MockTor tor = Mocks.bootstrapped(); Controller c = Mocks.controller(tor)) {
            c.command("SETEVENTS CIRC STREAM");
            c.command("SETCONF __LeaveStreamsUnattached=1");
            c.clearEvents();
            String a = step(steps, c, "1 extendcircuit tor's path", "EXTENDCIRCUIT 0", " BUILT ").split(" ")[2].trim();
            String built = steps.get("1 extendcircuit tor's path").stream().filter(e -> e.startsWith("CIRC " + a + " BUILT")).findFirst().orElseThrow();
            String path = String.join(",", java.util.Arrays.stream(built.split(" ")[3].split(","))
                    .map(h -> h.substring(0, 41)).toList());
            String b = step(steps, c, "2 extendcircuit explicit path, controller purpose",
                    "EXTENDCIRCUIT 0 " + path + " purpose=controller", " BUILT ").split(" ")[2].trim();
            step(steps, c, "3 extendcircuit existing circuit", "EXTENDCIRCUIT " + b + " " + path.substring(0, 41), " BUILT ");
            long s1 = socks(tor, c, steps, "4 socks connect web.test");
            step(steps, c, "5 attachstream", "ATTACHSTREAM " + s1 + " " + a, " SUCCEEDED ");
            step(steps, c, "6 closestream open stream", "CLOSESTREAM " + s1 + " 6", " CLOSED ");
            long s2 = socks(tor, c, steps, "7 socks connect web.test");
            step(steps, c, "8 attachstream", "ATTACHSTREAM " + s2 + " " + a, " SUCCEEDED ");
            step(steps, c, "9 closecircuit with a stream", "CLOSECIRCUIT " + a, "STREAM " + s2 + " CLOSED");
            long s3 = socks(tor, c, steps, "10 socks connect web.test");
            step(steps, c, "11 closestream waiting stream", "CLOSESTREAM " + s3 + " 7", " CLOSED ");
            step(steps, c, "12 closecircuit", "CLOSECIRCUIT " + b, "CIRC " + b + " CLOSED");
        }
        return steps;
    }

    /** Runs a command, waits for the event that ends the step, and records the reply and the step's events. */
    private static String step(Map<String, List<String>> steps, Controller c, String name, String command, String last) {
        String reply = c.command(command).trim();
        c.awaitEvent(e -> e.contains(last));
        List<String> lines = new ArrayList<>();
        lines.add(reply);
        lines.addAll(c.events());
        c.clearEvents();
        steps.put(name, lines);
        return reply;
    }

    private static long socks(MockTor tor, Controller c, Map<String, List<String>> steps, String name) {
        StreamClient s = StreamClient.open(tor, StreamRequest.socks5Connect("web.test", 58533,
                new InetSocketAddress("127.0.0.1", 46104)));
        c.awaitEvent(e -> e.contains(" CONTROLLER_WAIT "));
        steps.put(name, c.events());
        c.clearEvents();
        return s.id;
    }
}
