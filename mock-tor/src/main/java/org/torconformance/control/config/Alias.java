package org.torconformance.control.config;

/**
 * An entry of tor's {@code option_abbrevs_}: {@code from} is rewritten to {@code to} before the
 * option is looked up. Command-line-only entries ({@code l} for {@code Log}) do not apply to
 * torrc text or the control port.
 */
public record Alias(String from, String to, boolean commandLineOnly) {
}
