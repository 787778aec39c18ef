package org.torconformance.conformance.run;

import java.util.Collection;

/** The requirement level a case's tags declare (RFC 2119 words; INFO for informational cases). */
public enum Requirement {
    MUST, SHOULD, INFO;

    public static Requirement fromTags(Collection<String> tags) {
        if (tags.contains("@SHOULD")) {
            return SHOULD;
        }
        if (tags.contains("@INFO")) {
            return INFO;
        }
        return MUST;
    }
}
