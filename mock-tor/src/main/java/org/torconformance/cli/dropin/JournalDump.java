package org.torconformance.cli.dropin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.torconformance.journal.Journal;
import org.torconformance.journal.JournalEntry;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.ReplyLine;

/**
 * Writes what a drop-in tor's controllers sent and what it answered, one line each:
 * {@code 3 > GETINFO version} and {@code 3 < 250-version=0.4.9.11}, the number naming the
 * connection. This is how a test learns what a library that started the drop-in itself asked for.
 */
final class JournalDump {
    private JournalDump() {
    }

    static void write(Journal journal, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (JournalEntry e : journal.entries()) {
            if (e instanceof JournalEntry.CommandReceived c) {
                sb.append(c.connection()).append(" > ").append(printable(line(c.command()))).append('\n');
            } else if (e instanceof JournalEntry.Sent s) {
                for (ReplyFrame f : s.frames()) {
                    if (f instanceof Reply r) {
                        for (ReplyLine l : r.lines()) {
                            sb.append(s.connection()).append(" < ").append(l.status()).append(l.separator())
                                    .append(printable(l.text()));
                            if (l instanceof ReplyLine.Data d) {
                                sb.append(printable(d.data()));
                            }
                            sb.append('\n');
                        }
                    }
                }
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static ByteString line(Command c) {
        ByteStringBuilder b = new ByteStringBuilder().append(c.keyword());
        if (!c.arguments().isEmpty()) {
            b.append(' ').append(c.arguments());
        }
        return b.build();
    }

    private static String printable(ByteString s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int b = s.at(i);
            sb.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return sb.toString();
    }
}
