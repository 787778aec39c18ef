package org.torconformance.conformance.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.torconformance.journal.Journal;
import org.torconformance.journal.JournalEntry;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * The commands a client sent, as the exact bytes it wrote: each connection's stream cut where tor
 * cuts it (a line ends at LF; a {@code +} command runs on to its lone {@code .} line). The mock's
 * decoded {@code Command}s lose line endings and dot-stuffing; byte-exact checks need these.
 */
final class SentCommands {
    private SentCommands() {
    }

    /** Every command from every connection, in the order each connection sent them. */
    static List<ByteString> of(Journal journal) {
        Map<Long, ByteStringBuilder> streams = new LinkedHashMap<>();
        for (JournalEntry e : journal.entries()) {
            if (e instanceof JournalEntry.Received r) {
                streams.computeIfAbsent(r.connection(), c -> new ByteStringBuilder()).append(r.bytes());
            }
        }
        List<ByteString> out = new ArrayList<>();
        streams.values().forEach(b -> out.addAll(split(b.build())));
        return out;
    }

    static List<ByteString> split(ByteString stream) {
        List<ByteString> out = new ArrayList<>();
        int start = 0;
        while (start < stream.length()) {
            int end = lineEnd(stream, start);
            if (keyword(stream.slice(start, end)).startsWith("+")) {
                int next = end;
                while (next < stream.length()) {
                    int lineEnd = lineEnd(stream, next);
                    boolean dot = withoutEnding(stream.slice(next, lineEnd)).equals(ByteString.latin1("."));
                    next = lineEnd;
                    if (dot) {
                        break;
                    }
                }
                end = next;
            }
            out.add(stream.slice(start, end));
            start = end;
        }
        return out;
    }

    /** The commands whose keyword is {@code keyword}, compared as tor does (case-insensitive). */
    static List<ByteString> withKeyword(Journal journal, String keyword) {
        return of(journal).stream().filter(c -> keyword(c).equalsIgnoreCase(keyword)).toList();
    }

    static String keyword(ByteString command) {
        String line = command.latin1();
        int i = 0;
        while (i < line.length() && " \t\r\n\u000b\f".indexOf(line.charAt(i)) < 0) {
            i++;
        }
        return line.substring(0, i).toUpperCase(Locale.ROOT);
    }

    private static int lineEnd(ByteString s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.at(i) == '\n') {
                return i + 1;
            }
        }
        return s.length();
    }

    private static ByteString withoutEnding(ByteString line) {
        int n = line.length();
        if (n > 0 && line.at(n - 1) == '\n') {
            n--;
        }
        if (n > 0 && line.at(n - 1) == '\r') {
            n--;
        }
        return line.slice(0, n);
    }
}
