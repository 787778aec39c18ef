package org.torconformance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

class TranscriptFormatTest {
    static final String SAMPLE = """
            # fixtures/transcripts/getinfo-dot-escaping.tx
            @title dot-escaped config-text
            @auth none
            @unexpected 510
            > AUTHENTICATE
            < 250 OK
            > re:GETINFO config-text( .*)?
            < 650 CIRC 1 LAUNCHED
            < 250+config-text=
            <data
            .starts with a dot

            <end
            < 250 OK
            ! pause 200ms
            ! delay 10ms
            ! split-at 7
            ! slices 3
            <~ 552 no CRLF\\r
            ! garbage \\x00\\xff
            > *
            ! model
            ! expect-close
            ! close
            ! reset
            """;

    @Test
    @DisplayName("every construct parses to its step")
    void parses() {
        Transcript t = Transcript.parse(SAMPLE);
        assertEquals(Optional.of("dot-escaped config-text"), t.title());
        assertEquals(Transcript.Unexpected.REJECT, t.unexpected());
        assertEquals(List.of(
                new Step.Expect(new Step.CommandPattern.Exact(ByteString.latin1("AUTHENTICATE"))),
                new Step.SendLine(ByteString.latin1("250 OK")),
                new Step.Expect(new Step.CommandPattern.Regex(Pattern.compile("GETINFO config-text( .*)?"))),
                new Step.SendLine(ByteString.latin1("650 CIRC 1 LAUNCHED")),
                new Step.SendLine(ByteString.latin1("250+config-text=")),
                new Step.SendData(ByteString.latin1(".starts with a dot\n")),
                new Step.SendLine(ByteString.latin1("250 OK")),
                new Step.Pause(Duration.ofMillis(200)),
                new Step.Delay(Duration.ofMillis(10)),
                new Step.SplitAt(7),
                new Step.Slices(3),
                new Step.SendRaw(ByteString.latin1("552 no CRLF\r")),
                new Step.SendRaw(ByteString.latin1("\0\u00ff")),
                new Step.Expect(new Step.CommandPattern.Any()),
                new Step.Model(),
                new Step.ExpectClose(),
                new Step.Close(),
                new Step.Reset()), t.steps());
    }

    @Test
    @DisplayName("write then parse gives the same transcript, including awkward bytes")
    void roundTrips() {
        Transcript t = Transcript.parse(SAMPLE);
        assertEquals(t, Transcript.parse(t.write()));
        Transcript awkward = Transcript.of(List.of(
                new Step.Expect(new Step.CommandPattern.Exact(ByteString.latin1("re:not a regex"))),
                new Step.Expect(new Step.CommandPattern.Exact(ByteString.latin1("*"))),
                new Step.Expect(new Step.CommandPattern.Exact(ByteString.EMPTY)),
                new Step.SendLine(ByteString.latin1(" leading and trailing ")),
                new Step.SendLine(ByteString.latin1("\u00e9\u00ff\\ # not a comment")),
                new Step.SendData(ByteString.latin1("<end\n# hash\n\n")),
                new Step.SendData(ByteString.EMPTY)));
        assertEquals(awkward, Transcript.parse(awkward.write()));
    }

    @Test
    @DisplayName("errors name the line and say what is wrong")
    void errors() {
        assertTrue(assertThrows(TranscriptFormatException.class, () -> Transcript.parse("> ok\n? what")).getMessage()
                .startsWith("line 2: expected"));
        assertTrue(assertThrows(TranscriptFormatException.class, () -> Transcript.parse("< bad \\q")).getMessage()
                .contains("unknown escape"));
        assertTrue(assertThrows(TranscriptFormatException.class, () -> Transcript.parse("<data\nx")).getMessage()
                .contains("<end"));
        assertTrue(assertThrows(TranscriptFormatException.class, () -> Transcript.parse("! pause soon")).getMessage()
                .contains("duration"));
        assertTrue(assertThrows(TranscriptFormatException.class, () -> Transcript.parse("! explode")).getMessage()
                .contains("unknown fault"));
    }
}
