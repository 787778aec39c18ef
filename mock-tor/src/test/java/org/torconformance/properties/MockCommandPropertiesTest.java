package org.torconformance.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.torconformance.gen.Qt.gen;
import static org.torconformance.gen.Qt.qt;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torconformance.Auth;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.gen.CommandGenerators;
import org.torconformance.gen.Coverage;
import org.torconformance.gen.Generator;
import org.torconformance.gen.KnownCommandGenerators;
import org.torconformance.properties.CommandSequence.Kind;
import org.torconformance.properties.CommandSequence.Step;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.UnknownEvent;

/**
 * Generated command sequences, pipelined in one write or split anywhere, sent to an authenticated
 * mock with default settings (tor quirks off): everything it writes frames into well-formed replies
 * and events, each command gets exactly one reply, in order, and the connection is closed exactly
 * when the protocol says so (QUIT, a failed AUTHENTICATE or AUTHCHALLENGE, a 1 MiB line).
 */
class MockCommandPropertiesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Coverage SEQUENCES = new Coverage();
    private static final List<Throwable> REACTOR_FAILURES = new CopyOnWriteArrayList<>();
    private static MockTor mock;

    @BeforeAll
    static void startMock() {
        mock = MockTor.builder().auth(Auth.none()).seed(1).start();
        mock.reactor().addFailureListener(REACTOR_FAILURES::add);
    }

    @AfterAll
    static void stopMock() {
        if (mock != null) {
            mock.close();
        }
        System.out.println(SEQUENCES.report("generated command sequences"));
    }

    /** Commands that would stop the mock, as they stop tor: those are not the point here. */
    static boolean keepsTheMockRunning(Command c) {
        String text = (c.arguments().latin1() + " " + c.body().map(ByteString::latin1).orElse("")).toUpperCase(Locale.ROOT);
        if (c.is("TAKEOWNERSHIP") || text.contains("OWNING")) {
            return false;
        }
        return !(c.is("SIGNAL") && Stream.of("HALT", "SHUTDOWN", "TERM", "INT").anyMatch(text::contains));
    }

    @Test
    void everyCommandGetsOneWellFormedReplyInOrderAndOnlyTheProtocolCloses() {
        Generator<Command> commands = Generator.<Command>weighted(List.of(Generator.weight(7, CommandGenerators.command()),
                Generator.weight(3, KnownCommandGenerators.known())))
                .filter(MockCommandPropertiesTest::keepsTheMockRunning, 20, Command.of("GETINFO", "version"));
        qt("mock command sequences").forAll(gen(CommandSequence.generator(commands, 8), SEQUENCES))
                .checkAssert(MockCommandPropertiesTest::check);
    }

    private static void check(CommandSequence sequence) {
        assertFalse(mock.stopped().isDone(), "the mock stopped before this example");
        try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
            assertEquals(250, c.command("AUTHENTICATE").status(), "AUTHENTICATE on a mock without authentication");
            for (ByteString piece : sequence.pieces()) {
                try {
                    c.send(piece);
                } catch (UncheckedIOException e) {
                    break; // the mock closed (as it should after QUIT or a too-long line); what it said is read below
                }
            }
            boolean closed = readReplies(c, sequence.steps());
            checkEveryByte(c.received(), closed);
        }
        assertEquals(List.of(), REACTOR_FAILURES, "exceptions in the mock's reactor");
        assertFalse(mock.stopped().isDone(), "the mock stopped");
    }

    /** Reads one reply per step, in order; true if a step closed the connection, as it must. */
    private static boolean readReplies(RawControlClient c, List<Step> steps) {
        for (int k = 0; k < steps.size(); k++) {
            Step step = steps.get(k);
            Optional<ReplyFrame> frame = c.nextReplyFrame(TIMEOUT);
            if (frame.isEmpty()) {
                fail((c.isClosedByPeer() ? "the mock closed the connection without answering" : "no reply within " + TIMEOUT + " to")
                        + " step " + k + " (" + step + "); the previous step does not close it.\nReceived: " + c.received());
            }
            if (frame.get() instanceof Malformed m) {
                fail("malformed output where step " + k + " (" + step + ") expected its reply: " + m);
            }
            Reply reply = (Reply) frame.get();
            if (step.kind() == Kind.MARKER) {
                assertEquals(Reply.of(510, "Unrecognized command \"" + CommandSequence.markerKeyword(k) + "\""), reply,
                        "the replies are out of step: step " + k + " is a marker");
            }
            if (mustClose(step, reply)) {
                assertTrue(c.awaitClosed(TIMEOUT), "step " + k + " (" + step + ") got " + reply + " but the connection stays open");
                Optional<ReplyFrame> more = c.nextReplyFrame(Duration.ZERO);
                assertTrue(more.isEmpty(), () -> "a reply after the one that closes the connection: " + more.get());
                return true;
            }
        }
        return false;
    }

    /** Where tor closes the connection after its reply (tor-control-facts §4 and the 1 MiB limit). */
    static boolean mustClose(Step step, Reply reply) {
        if (step.kind() == Kind.TOO_LONG) {
            assertEquals(Reply.of(500, "Line too long."), reply);
            return true;
        }
        if (step.is("QUIT")) {
            assertEquals(Reply.of(250, "closing connection"), reply);
            return true;
        }
        boolean genericArgumentError = reply.end().text().startsWith("Bad arguments to ");
        return (step.is("AUTHENTICATE") || step.is("AUTHCHALLENGE")) && !reply.isSuccess() && !genericArgumentError;
    }

    /** Every complete frame the mock wrote is a well-formed reply or event; once closed, nothing is left over. */
    private static void checkEveryByte(ByteString received, boolean closed) {
        ReplyDecoder decoder = new ReplyDecoder();
        List<ReplyFrame> frames = new ArrayList<>(decoder.feed(received));
        if (closed) {
            frames.addAll(decoder.finish());
        }
        for (ReplyFrame f : frames) {
            if (f instanceof Malformed m) {
                fail("malformed output: " + m + "\nReceived: " + received);
            }
            Reply r = (Reply) f;
            if (r.isEvent() && Events.parse(r) instanceof UnknownEvent u && u.problem().isPresent()) {
                fail("an event that does not fit its type (" + u.problem().get() + "): " + r);
            }
        }
    }
}
