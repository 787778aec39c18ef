package org.torconformance.conformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.transcript.Step;
import org.torconformance.transcript.Transcript;
import org.torconformance.transcript.TranscriptReport;
import org.torconformance.wire.ByteString;

/**
 * The mock plays a transcript (fixtures/README.md) on the library's connection: replies split
 * across writes, data blocks without an end line, garbage, a connection lost mid-reply. Commands
 * the transcript does not expect (the library's own PROTOCOLINFO, AUTHENTICATE, housekeeping
 * GETINFOs) are answered by the mock, so the transcript scripts only the exchange under test.
 */
public final class TranscriptSteps {
    static final Path FIXTURES = Path.of("fixtures", "transcripts");

    private final World world;
    private Transcript playing;

    public TranscriptSteps(World world) {
        this.world = world;
    }

    @Given("the mock plays the transcript:")
    public void theMockPlaysTheTranscript(String text) {
        play(Transcript.parse(text));
    }

    /**
     * A canned fixture. Its authentication exchange is dropped and unexpected commands go to the
     * mock: each library authenticates its own way, which the fixture does not know.
     */
    @Given("the mock plays the transcript file {string}")
    public void theMockPlaysTheTranscriptFile(String name) {
        String text;
        try {
            text = Files.readString(FIXTURES.resolve(name), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transcript " + FIXTURES.resolve(name), e);
        }
        Transcript t = Transcript.parse(text);
        play(new Transcript(t.title(), Transcript.Unexpected.MODEL, t.auth(), withoutAuthentication(t.steps())));
    }

    private void play(Transcript t) {
        playing = t;
        world.mock().enqueue(t);
    }

    static List<Step> withoutAuthentication(List<Step> steps) {
        List<Step> out = new ArrayList<>(steps);
        if (out.size() >= 2 && out.get(0) instanceof Step.Expect e && e.pattern() instanceof Step.CommandPattern.Exact x
                && x.line().equals(ByteString.latin1("AUTHENTICATE")) && out.get(1) instanceof Step.SendLine) {
            out.remove(0);
            out.remove(0);
        }
        return out;
    }

    /** Every command the transcript expects arrived, in its order: the library sent what it had to. */
    @Then("the transcript's commands all arrived")
    public void theTranscriptsCommandsAllArrived() {
        long expected = playing.steps().stream().filter(s -> s instanceof Step.Expect).count();
        List<TranscriptReport> reports = world.mock().transcripts().reports();
        Checks.that(!reports.isEmpty(), "expected the library's connection to play the transcript; no connection played it");
        TranscriptReport r = reports.get(0);
        long matched = r.outcomes().stream().filter(o -> o instanceof TranscriptReport.Matched).count();
        List<String> missing = r.outcomes().stream().filter(o -> o instanceof TranscriptReport.Mismatch)
                .map(o -> ((TranscriptReport.Mismatch) o).actual() + " (expected " + ((TranscriptReport.Mismatch) o).expected() + ")")
                .toList();
        Checks.that(matched == expected, "expected all " + expected + " commands of the transcript to arrive, " + matched
                + " did; commands that did not match: " + missing);
    }
}
