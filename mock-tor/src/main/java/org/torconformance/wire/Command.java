package org.torconformance.wire;

import java.util.Optional;

/**
 * A command as tor frames it: {@code keyword} is every byte up to the first whitespace (so it keeps
 * the {@code +} of multi-line commands, and is empty when the line starts with whitespace);
 * {@code arguments} is the rest of the first line after the whitespace that follows the keyword,
 * without the line ending; {@code body} is present for {@code +} commands and holds the data block
 * decoded as tor's {@code read_escaped_data} does (every line ends in LF; empty when the block is).
 */
public record Command(ByteString keyword, ByteString arguments, Optional<ByteString> body) implements CommandFrame {
    public Command {
        if (body.isPresent() != isMultiLine(keyword)) {
            throw new IllegalArgumentException("a body is present exactly when the keyword starts with '+': " + keyword);
        }
    }

    public static Command of(String keyword, String arguments) {
        return new Command(ByteString.latin1(keyword), ByteString.latin1(arguments), Optional.empty());
    }

    public static Command of(String keyword) {
        return of(keyword, "");
    }

    public static Command multiLine(String keyword, String arguments, String body) {
        return new Command(ByteString.latin1(keyword), ByteString.latin1(arguments), Optional.of(ByteString.latin1(body)));
    }

    public static boolean isMultiLine(ByteString keyword) {
        return !keyword.isEmpty() && keyword.at(0) == '+';
    }

    public boolean isMultiLine() {
        return body.isPresent();
    }

    /** Tor matches keywords with {@code strcasecmp}. */
    public boolean is(String name) {
        return keyword.equalsIgnoreCase(name);
    }

    public ByteString encode() {
        return CommandEncoder.encode(this);
    }

    @Override
    public String toString() {
        return encode().toString();
    }
}
