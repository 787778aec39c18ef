package org.torconformance.conformance.target;

import java.util.Set;
import org.torconformance.conformance.run.Timeouts;

/**
 * A client tor with a SOCKS port on a network that really carries streams (a private tor network, or
 * the mock pretending to be one), with a controller library attached: the target of {@code @network}
 * cases.
 */
public non-sealed interface NetworkTarget extends Target {
    /** Everything one case needs; the controller is fresh and not yet connected. */
    NetworkSession session(Timeouts timeouts);

    /**
     * Called after each case with the circuits it created: a shared network closes them and undoes
     * the case's configuration, so the next case starts from the same state.
     */
    void caseFinished(Set<String> circuitsCreated);
}
