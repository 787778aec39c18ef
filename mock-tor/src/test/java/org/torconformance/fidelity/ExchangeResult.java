package org.torconformance.fidelity;

import java.util.Optional;

/**
 * One exchange on both targets. {@code sent} is the exchange as written in the scenario file;
 * {@code live} and {@code liveNormalized} are empty when the scenario is {@code @skip-live}.
 */
public record ExchangeResult(int index, String sent, Optional<Response> live, Response mock,
        Optional<Normalizer.Normalized> liveNormalized, Normalizer.Normalized mockNormalized) {

    public enum Verdict { AGREE, DIFFER, MOCK_ONLY }

    public Verdict verdict() {
        if (live.isEmpty()) {
            return Verdict.MOCK_ONLY;
        }
        boolean same = liveNormalized.orElseThrow().bytes().equals(mockNormalized.bytes())
                && live.get().closed() == mock.closed();
        return same ? Verdict.AGREE : Verdict.DIFFER;
    }

    public boolean agrees() {
        return verdict() == Verdict.AGREE;
    }
}
