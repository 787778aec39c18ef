package org.torconformance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.MockTor;
import org.torconformance.client.RawControlClient;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;

class TranscriptPlayerTest {
    static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @DisplayName("a transcript answers its commands byte for byte: event before reply, data block as written")
    void playsBytes() {
        try (MockTor mock = MockTor.start()) {
            mock.enqueue(Transcript.parse("""
                    > AUTHENTICATE
                    < 250 OK
                    > GETINFO config-text
                    < 650 CIRC 1 LAUNCHED
                    < 250+config-text=
                    <data
                    .starts with a dot
                    <end
                    < 250 OK
                    """));
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                c.command("AUTHENTICATE");
                c.send("GETINFO config-text\r\n");
                await().atMost(WAIT).until(() -> c.received().length() >= 75);
                assertEquals(ByteString.latin1("250 OK\r\n650 CIRC 1 LAUNCHED\r\n250+config-text=\r\n..starts with a dot\r\n.\r\n250 OK\r\n"),
                        c.received());
            }
            await().atMost(WAIT).until(() -> mock.transcripts().reports().get(0).finished());
            assertTrue(mock.transcripts().reports().get(0).clean(), mock.transcripts().reports().toString());
        }
    }

    @Test
    @DisplayName("played on an open connection, a transcript answers from the next command on; earlier ones were the model's")
    void playsFromNowOnAnOpenConnection() {
        try (MockTor mock = MockTor.start(); RawControlClient c = RawControlClient.connect(mock.controlPort())) {
            c.command("AUTHENTICATE");
            assertEquals("version=0.4.9.11", c.command("GETINFO version").lines().get(0).text().latin1(), "the model, before");
            mock.playOnOpenConnections(Transcript.parse("""
                    > GETINFO version
                    < 250-version=scripted
                    < 250 OK
                    """));
            assertEquals(Reply.builder().mid(250, "version=scripted").end(250, "OK"), c.command("GETINFO version"));
        }
    }

    @Test
    @DisplayName("a command that does not match is reported with the nearest expectation, and the model answers it")
    void nearMiss() {
        try (MockTor mock = MockTor.start()) {
            mock.enqueue(Transcript.parse("""
                    > AUTHENTICATE
                    < 250 OK
                    > USEFEATURE VERBOSE_NAMES
                    < 250-scripted
                    < 250 OK
                    """));
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                c.command("AUTHENTICATE");
                Reply r = c.command("USEFEATURE VERBOSE_NAMEZ");
                assertEquals(Reply.of(552, "Unrecognized feature \"VERBOSE_NAMEZ\""), r, "the model answered the unexpected command");
                assertEquals(Reply.builder().mid(250, "scripted").end(250, "OK"), c.command("USEFEATURE VERBOSE_NAMES"));
            }
            TranscriptReport report = mock.transcripts().reports().get(0);
            TranscriptReport.Mismatch m = assertInstanceOf(TranscriptReport.Mismatch.class, report.outcomes().get(1));
            assertEquals("USEFEATURE VERBOSE_NAMEZ", m.actual());
            assertEquals("> USEFEATURE VERBOSE_NAMES", m.nearest().expected());
            assertEquals("differs at byte 23: expected 'S', got 'Z'", m.nearest().reason());
        }
    }

    @Test
    @DisplayName("@unexpected 510 rejects what the transcript does not expect; what never came is reported")
    void unexpectedAndNeverArrived() {
        try (MockTor mock = MockTor.start()) {
            mock.enqueue(Transcript.parse("""
                    @unexpected 510
                    > AUTHENTICATE
                    < 250 OK
                    > SETEVENTS CIRC
                    < 250 OK
                    """));
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                c.command("AUTHENTICATE");
                assertEquals(Reply.of(510, "Unrecognized command \"GETINFO\""), c.command("GETINFO version"));
            }
            await().atMost(WAIT).until(() -> mock.transcripts().reports().get(0).finished());
            List<TranscriptReport.Outcome> o = mock.transcripts().reports().get(0).outcomes();
            assertInstanceOf(TranscriptReport.NeverArrived.class, o.get(o.size() - 1));
        }
    }

    @Test
    @DisplayName("! model lets the model answer a matched command; the script then goes on")
    void modelStep() {
        try (MockTor mock = MockTor.start()) {
            mock.enqueue(Transcript.parse("""
                    > re:AUTHENTICATE.*
                    ! model
                    > PROTOCOLINFO
                    ! model
                    < 650 BW 1 2
                    """));
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                assertEquals(Reply.ok(), c.command("AUTHENTICATE"));
                assertEquals(250, c.command("PROTOCOLINFO").status());
                assertEquals(Reply.of(650, "BW 1 2"), c.nextEvent(WAIT).orElseThrow());
            }
        }
    }

    @Test
    @DisplayName("faults: a reply with no end line, garbage, split and sliced writes, then a close")
    void faults() {
        try (MockTor mock = MockTor.start()) {
            mock.enqueue(Transcript.parse("""
                    > AUTHENTICATE
                    ! slices 2
                    < 250 OK
                    ! slices 0
                    > GETINFO x
                    < 552+=
                    <data
                    Unrecognized key "a\\rb"
                    <end
                    ! garbage NOT A REPLY\\r\\n
                    ! split-at 3
                    < 250 OK
                    ! close
                    """));
            try (RawControlClient c = RawControlClient.connect(mock.controlPort())) {
                assertEquals(Reply.ok(), c.command("AUTHENTICATE"));
                c.send("GETINFO x\r\n");
                ReplyFrame f1 = c.nextFrame(WAIT).orElseThrow();
                assertEquals("reply ended with a data block and no end line", assertInstanceOf(Malformed.class, f1).reason());
                assertEquals(ByteString.latin1("NOT A REPLY\r\n"), assertInstanceOf(Malformed.class, c.nextFrame(WAIT).orElseThrow()).bytes());
                assertEquals(Reply.ok(), c.nextFrame(WAIT).orElseThrow());
                assertTrue(c.awaitClosed(WAIT));
            }
        }
    }
}
