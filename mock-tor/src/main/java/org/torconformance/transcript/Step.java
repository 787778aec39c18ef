package org.torconformance.transcript;

import java.time.Duration;
import java.util.regex.Pattern;
import org.torconformance.wire.ByteString;

/** One step of a {@link Transcript}: what the client must send, what the server sends, timing, faults. */
public sealed interface Step {
    /** {@code >}: wait for the client's next command and check it. */
    record Expect(CommandPattern pattern) implements Step {
    }

    /** {@code <}: one line, CRLF appended. */
    record SendLine(ByteString text) implements Step {
    }

    /** {@code <~}: bytes exactly as given (garbage, a missing CRLF, a half line). */
    record SendRaw(ByteString bytes) implements Step {
    }

    /** {@code <data}…{@code <end}: a decoded value, written as tor's dot-stuffed data block. */
    record SendData(ByteString value) implements Step {
    }

    /** {@code ! pause D}: wait before going on. */
    record Pause(Duration duration) implements Step {
    }

    /** {@code ! delay D}: from now on, wait this long between server lines (zero stops it). */
    record Delay(Duration duration) implements Step {
    }

    /** {@code ! split-at K}: write the next server write as two writes, split after byte K. */
    record SplitAt(int offset) implements Step {
    }

    /** {@code ! slices N}: write every following server write in N-byte slices (zero stops it). */
    record Slices(int size) implements Step {
    }

    /** {@code ! close}: close the connection (FIN) after what was written. */
    record Close() implements Step {
    }

    /** {@code ! reset}: reset the connection (RST) now. */
    record Reset() implements Step {
    }

    /** {@code ! model}: let the mock's model answer the command just matched. */
    record Model() implements Step {
    }

    /** {@code ! expect-close}: the client should close the connection now. */
    record ExpectClose() implements Step {
    }

    /** What a {@code >} step accepts. */
    sealed interface CommandPattern {
        boolean matches(ByteString line);

        /** {@code > TEXT}: the command line without its line ending, byte for byte. */
        record Exact(ByteString line) implements CommandPattern {
            @Override
            public boolean matches(ByteString l) {
                return line.equals(l);
            }
        }

        /** {@code > re:REGEX}: the whole line matches (read as Latin-1, so any byte can be matched). */
        record Regex(Pattern regex) implements CommandPattern {
            @Override
            public boolean matches(ByteString l) {
                return regex.matcher(l.latin1()).matches();
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Regex r && r.regex.pattern().equals(regex.pattern());
            }

            @Override
            public int hashCode() {
                return regex.pattern().hashCode();
            }
        }

        /** {@code > *}: any command. */
        record Any() implements CommandPattern {
            @Override
            public boolean matches(ByteString l) {
                return true;
            }
        }
    }
}
