package org.torconformance.fidelity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;

/**
 * Normalizes one target's responses over one scenario file, in order: values it generated are
 * learned as they appear (see {@link LearnedValues}), so one instance per target and file.
 */
public final class Normalizer {
    /** A normalized response and the names of the rules that changed it. */
    public record Normalized(ByteString bytes, List<String> rules) {
        public Normalized {
            rules = List.copyOf(rules);
        }
    }

    private final TargetFacts facts;
    private final Clock clock;
    private final List<NormalizationRule> rules;
    private final LearnedValues learned = new LearnedValues();
    private final StringBuilder sentSoFar = new StringBuilder();

    public Normalizer(TargetFacts facts, Clock clock) {
        this(facts, clock, NormalizationRules.all());
    }

    Normalizer(TargetFacts facts, Clock clock, List<NormalizationRule> rules) {
        this.facts = facts;
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    /** Normalizes the response to {@code sent}; call in exchange order. */
    public Normalized normalize(ByteString sent, ByteString response) {
        sentSoFar.append(sent.latin1());
        RuleInput in = new RuleInput(facts, sent.latin1(), sentSoFar, clock.instant(), learned);
        String text = response.latin1();
        List<String> fired = new ArrayList<>();
        for (NormalizationRule rule : rules) {
            String next = rule.applyTo(text, in);
            if (!next.equals(text)) {
                fired.add(rule.name());
            }
            text = next;
        }
        return new Normalized(ByteString.latin1(text), fired);
    }
}
