package org.torconformance.fidelity;

/** A scenario file that does not follow the format in fidelity/README.md; names the line. */
public final class ScenarioSyntaxException extends IllegalArgumentException {
    public ScenarioSyntaxException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }

    public ScenarioSyntaxException(String message) {
        super(message);
    }
}
