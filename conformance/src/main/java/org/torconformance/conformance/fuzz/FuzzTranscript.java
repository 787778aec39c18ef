package org.torconformance.conformance.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.torconformance.transcript.Step;
import org.torconformance.transcript.Transcript;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * A {@link FuzzCase} as a transcript the mock plays: SETEVENTS, then each GETINFO (matched by its
 * keys in any order) answered with the generated events and reply, split as generated. Whatever
 * else the library sends (PROTOCOLINFO, AUTHENTICATE, its own GETINFO version) is left to the
 * model, as a real tor would answer it.
 */
public final class FuzzTranscript {
    private FuzzTranscript() {
    }

    public static Transcript of(FuzzCase c, String title) {
        List<Step> steps = new ArrayList<>();
        if (!c.subscribed().isEmpty()) {
            steps.add(new Step.Expect(new Step.CommandPattern.Regex(Pattern.compile("(?i)SETEVENTS( .*)?"))));
            steps.add(new Step.SendLine(ByteString.latin1("250 OK")));
        }
        for (FuzzCase.Exchange x : c.exchanges()) {
            steps.add(new Step.Expect(new Step.CommandPattern.Regex(Pattern.compile(keysInAnyOrder(x.keys())))));
            if (x.split().at() >= 0) {
                steps.add(new Step.SplitAt(x.split().at()));
            } else if (x.split().slices() > 0) {
                steps.add(new Step.Slices(x.split().slices()));
            }
            steps.add(new Step.SendRaw(FuzzCaseGenerator.serverBytes(x)));
            if (x.split().slices() > 0) {
                steps.add(new Step.Slices(0));
            }
        }
        if (!c.trailingEvents().isEmpty()) {
            steps.add(new Step.Pause(Duration.ofMillis(20)));
            ByteStringBuilder b = new ByteStringBuilder();
            c.trailingEvents().forEach(b::append);
            steps.add(new Step.SendRaw(b.build()));
        }
        return new Transcript(Optional.of(title), Transcript.Unexpected.MODEL, Optional.of("none"), steps);
    }

    /** {@code GETINFO} followed by exactly these keys, in any order, case-insensitive keyword. */
    static String keysInAnyOrder(List<String> keys) {
        List<String> alternatives = new ArrayList<>();
        permute(new ArrayList<>(keys), 0, alternatives);
        return "(?i:GETINFO) (?:" + String.join("|", alternatives) + ")";
    }

    private static void permute(List<String> keys, int k, List<String> out) {
        if (k == keys.size()) {
            out.add(keys.stream().map(Pattern::quote).reduce((a, b) -> a + " " + b).orElse(""));
            return;
        }
        for (int i = k; i < keys.size(); i++) {
            java.util.Collections.swap(keys, k, i);
            permute(keys, k + 1, out);
            java.util.Collections.swap(keys, k, i);
        }
    }
}
