package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.torconformance.wire.ByteString;

class FidelityScenarioWriterTest {
    /** Bytes biased towards what the format must escape: blanks, #, backslash, CR, LF, NUL, runs. */
    static final Gen<ByteString> BYTES = lists().of(integers().between(0, 15)).ofSizeBetween(0, 40)
            .zip(integers().between(0, 255), (picks, seed) -> {
                int[] tricky = {' ', '#', '\\', '\r', '\n', 0, '\t', '{', '}', 'x', 0xFF, '>', '|', '@', 'a'};
                byte[] b = new byte[picks.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (picks.get(i) < tricky.length ? tricky[picks.get(i)] : (seed + i) & 0xFF);
                }
                return ByteString.of(b);
            });

    @Test
    void escapesRoundTrip() {
        qt().forAll(BYTES).checkAssert(bytes -> assertEquals(bytes, Escapes.decode(Escapes.encode(bytes))));
    }

    @Test
    void lineTextSurvivesTheParsersWhitespaceAndCommentRules() {
        qt().forAll(BYTES).checkAssert(bytes -> {
            ScenarioFile f = new ScenarioFile("t", List.of(), new ScenarioAuth.None(), Optional.empty(),
                    List.of(new Scenario("s", false, Optional.empty(), false, List.of(
                            new Exchange(Exchange.Kind.LINE, List.of(Payload.of(bytes), Payload.of(bytes)), Optional.empty()),
                            Exchange.raw(bytes)))));
            assertEquals(f, ScenarioParser.parse("t", ScenarioWriter.write(f)));
        });
    }

    @Test
    void slotsRoundTrip() {
        Payload p = Escapes.decodePayload("AUTHENTICATE \\(cookie)x\\{3}\\(safecookie)");
        assertEquals(List.of(new Payload.Slot(13, "cookie"), new Payload.Slot(16, "safecookie")), p.slots());
        assertEquals(ByteString.latin1("AUTHENTICATE xxx"), p.bytes());
        assertEquals(p, Escapes.decodePayload(Escapes.encode(p)));
        assertEquals(ByteString.latin1("AUTHENTICATE C0FFEExxxH"),
                p.resolve(name -> ByteString.latin1(name.equals("cookie") ? "C0FFEE" : "H")));
    }

    @Test
    void longRunsAreWrittenWithTheRepeatEscape() {
        ByteString line = ByteString.latin1("GETINFO " + "a".repeat(1_048_576));
        String text = Escapes.encode(line);
        assertEquals("GETINFO a\\{1048576}", text);
        assertEquals(line, Escapes.decode(text));
    }

    @Test
    void everyFeatureRoundTrips() {
        String text = """
                @auth password:foo 16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2
                @torrc ContactInfo hello
                @torrc Nickname x
                @quiet 200

                scenario: first
                @preauth
                @skip-live would crash tor
                @expect-close
                @quiet 400
                >  leading
                > +LOADCONF
                | body line
                |
                | .
                @quiet default
                >> GET\\x20/\\r\\n
                >

                scenario: second
                > a # b
                """;
        ScenarioFile parsed = ScenarioParser.parse("t", text);
        String written = ScenarioWriter.write(parsed);
        assertEquals(parsed, ScenarioParser.parse("t", written));
        assertEquals(written, ScenarioWriter.write(ScenarioParser.parse("t", written)), "the canonical form is stable");
    }

    @Test
    void theShippedScenarioFilesRoundTrip() throws Exception {
        List<ScenarioFile> files = new ArrayList<>(ScenarioFiles.load());
        for (ScenarioFile f : files) {
            assertEquals(f, ScenarioParser.parse(f.name(), ScenarioWriter.write(f)), f.name());
        }
    }
}
