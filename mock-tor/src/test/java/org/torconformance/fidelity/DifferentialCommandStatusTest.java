package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.torconformance.gen.Qt.gen;
import static org.torconformance.gen.Qt.qt;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.torconformance.client.RawControlClient;
import org.torconformance.gen.Coverage;
import org.torconformance.gen.Generator;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.ReplyLine;

/**
 * Differential fuzzing of the control port: generated, mostly malformed commands go to a live tor
 * 0.4.9.11 (DisableNetwork 1) and to the mock started from the same torrc with tor quirks on, one
 * fresh connection per side per example; for every command both must answer with the same status
 * codes, the same number of reply lines, and close the connection alike. Each command is followed
 * by an unknown command whose {@code 510} reply marks where the answer ends, so that a command
 * that gets no reply at all (a tor bug the mock reproduces) is compared as such, without waiting
 * for silence. Commands that could change tor beyond the connection are never sent
 * ({@link HarmlessCommands}); the few options that may be set are reset after each example.
 */
class DifferentialCommandStatusTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ByteString MARKER = ByteString.latin1("DIFFMARK\r\n");
    private static final Reply MARKER_REPLY = Reply.of(510, "Unrecognized command \"DIFFMARK\"");
    private static final String RESET = "RESETCONF " + String.join(" ", HarmlessCommands.SETTABLE);

    private final Coverage coverage = new Coverage();
    private final Map<String, Integer> torAnswers = new TreeMap<>();
    private String killedTor;

    /** What one side answered one command: reply shapes in order (events left out), and whether it closed. */
    record Answer(List<String> replies, boolean closed, boolean timedOut) {
        @Override
        public String toString() {
            return replies + (closed ? " then closed" : "") + (timedOut ? " then nothing within " + TIMEOUT : "");
        }
    }

    record CommandList(List<Command> commands) {
        @Override
        public String toString() {
            return commands.stream().map(c -> c.encode().toString()).toList().toString();
        }
    }

    @Test
    void mockAndLiveTorAnswerGeneratedCommandsWithTheSameStatus() {
        ScenarioFile setup = new ScenarioFile("differential", List.of(), new ScenarioAuth.None(), Optional.empty(), List.of());
        try (LiveTarget tor = LiveTarget.start(setup); MockTarget mock = MockTarget.start(setup, tor);
                RawControlClient torAdmin = open(tor); RawControlClient mockAdmin = open(mock)) {
            HarmlessCommands harmless = new HarmlessCommands(optionNames(torAdmin));
            Generator<CommandList> examples = Generator.listOf(DifferentialCommands.generator(harmless), 1, 3).map(CommandList::new);
            qt("mock and live tor answer alike").forAll(gen(examples, coverage))
                    .checkAssert(example -> compare(example, tor, mock, torAdmin, mockAdmin));
            assertEquals(250, torAdmin.command("GETINFO version").status(), "tor is still running");
        } finally {
            System.out.println(coverage.report("generated differential examples"));
            System.out.println("tor's answers (status, lines): " + torAnswers);
        }
    }

    private void compare(CommandList example, LiveTarget tor, MockTarget mock, RawControlClient torAdmin, RawControlClient mockAdmin) {
        if (killedTor != null) {
            // Nothing can be compared once tor is gone. Passing leaves the example that killed it
            // as the smallest failing one, which QuickTheories reports with its seed.
            return;
        }
        try (RawControlClient t = open(tor); RawControlClient m = open(mock)) {
            for (int i = 0; i < example.commands().size(); i++) {
                Command command = example.commands().get(i);
                ByteString bytes = ByteString.concat(command.encode(), MARKER);
                send(t, bytes);
                send(m, bytes);
                Answer fromTor = answer(t);
                Answer fromMock = answer(m);
                if ((fromTor.closed() || fromTor.timedOut()) && !answers(torAdmin)) {
                    killedTor = "killed by " + command.encode() + " (" + tor.lastWords() + ")";
                    fail("tor died: " + killedTor);
                }
                fromTor.replies().forEach(r -> torAnswers.merge(r, 1, Integer::sum));
                if (fromTor.replies().isEmpty() && !fromTor.closed()) {
                    torAnswers.merge("no reply", 1, Integer::sum);
                }
                if (!fromTor.equals(fromMock)) {
                    fail("command " + (i + 1) + " of " + example + ": " + command.encode()
                            + "\n  tor answered  " + fromTor + "\n  mock answered " + fromMock
                            + "\n  tor's bytes:  " + shortened(t.received()) + "\n  mock's bytes: " + shortened(m.received()));
                }
                if (fromTor.closed() || fromTor.timedOut()) {
                    break;
                }
            }
        } finally {
            if (killedTor == null && example.commands().stream().anyMatch(c -> c.is("SETCONF") || c.is("RESETCONF"))) {
                assertEquals(250, torAdmin.command(RESET).status(), "tor: " + RESET);
                assertEquals(250, mockAdmin.command(RESET).status(), "mock: " + RESET);
            }
        }
    }

    private static RawControlClient open(Target target) {
        RawControlClient c = RawControlClient.connect(target.controlPort());
        c.send(target.authenticateCommand());
        Optional<Reply> reply = c.nextReply(TIMEOUT);
        if (reply.isEmpty() || reply.get().status() != 250) {
            c.close();
            throw new IllegalStateException(target.side() + " refused AUTHENTICATE: " + reply);
        }
        return c;
    }

    private static void send(RawControlClient c, ByteString bytes) {
        try {
            c.send(bytes);
        } catch (UncheckedIOException e) {
            // closed by the peer: the answer says so
        }
    }

    /** Frames up to the marker's reply (or the close): each reply as its final status and its line count. */
    private static Answer answer(RawControlClient c) {
        List<String> replies = new ArrayList<>();
        while (true) {
            Optional<ReplyFrame> frame = c.nextFrame(TIMEOUT);
            if (frame.isEmpty()) {
                return new Answer(replies, c.isClosedByPeer(), !c.isClosedByPeer());
            }
            if (frame.get() instanceof Malformed m) {
                replies.add("malformed (" + m.reason() + ")");
            } else if (frame.get() instanceof Reply r && !r.isEvent()) {
                if (r.equals(MARKER_REPLY)) {
                    return new Answer(replies, false, false);
                }
                replies.add(r.status() + " x" + r.lines().size());
            }
        }
    }

    /** True if the control port answers a harmless query. */
    private static boolean answers(RawControlClient admin) {
        try {
            admin.send("GETINFO version\r\n");
        } catch (UncheckedIOException e) {
            return false;
        }
        return admin.nextReply(TIMEOUT).isPresent();
    }

    /** The live tor's option names, in its order, from {@code GETINFO config/names}. */
    private static List<String> optionNames(RawControlClient torAdmin) {
        Reply r = torAdmin.command("GETINFO config/names");
        assertEquals(250, r.status(), "GETINFO config/names: " + r);
        ReplyLine.Data data = (ReplyLine.Data) r.first();
        List<String> names = new ArrayList<>();
        for (String line : data.data().latin1().split("\n")) {
            if (!line.isBlank()) {
                names.add(line.split(" ")[0]);
            }
        }
        return names;
    }

    private static String shortened(ByteString bytes) {
        String s = bytes.toString();
        return s.length() <= 3000 ? s : s.substring(0, 3000) + "... (" + bytes.length() + " bytes)";
    }
}
