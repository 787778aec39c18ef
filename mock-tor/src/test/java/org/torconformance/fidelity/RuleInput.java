package org.torconformance.fidelity;

import java.time.Instant;

/**
 * What a rule may look at besides the response: the target's facts, what the controller sent (in
 * this exchange and so far on this target), the time of the run, and the values learned so far.
 */
public record RuleInput(TargetFacts facts, String sent, CharSequence sentSoFar, Instant now, LearnedValues learned) {
}
