package org.torconformance.cli.dropin;

import java.util.List;

/**
 * A configuration tor would refuse: {@link #warnings()} are the {@code [warn]} lines tor logs before
 * its {@code [err] Reading config failed--see warnings above.} and exit code 1.
 */
public final class TorConfigException extends Exception {
    private final List<String> warnings;

    public TorConfigException(List<String> warnings) {
        super(String.join("; ", warnings));
        this.warnings = List.copyOf(warnings);
    }

    public TorConfigException(String warning) {
        this(List.of(warning));
    }

    /** A validation failure, worded as tor's options_validate reports it. */
    public static TorConfigException invalid(String reason) {
        return new TorConfigException("Failed to parse/validate config: " + reason);
    }

    public List<String> warnings() {
        return warnings;
    }
}
