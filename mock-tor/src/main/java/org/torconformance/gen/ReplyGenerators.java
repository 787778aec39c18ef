package org.torconformance.gen;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyLine;

/**
 * Replies drawn from the grammar, with the framing rules tor keeps: all lines of a reply are 6xx or
 * none are; the line after a data block carries the data line's status. Mixed codes (as MAPADDRESS
 * writes) and 251/252 successes are weighted up.
 */
public final class ReplyGenerators {
    private ReplyGenerators() {
    }

    private static final List<Integer> SUCCESS = List.of(250, 251, 252);
    private static final List<Integer> ERRORS = List.of(451, 500, 510, 511, 512, 513, 514, 515, 550, 551, 552, 553, 554, 555);

    public static Generator<Reply> reply() {
        return c -> {
            boolean event = c.chance(25);
            int base = event ? 650 : (c.chance(70) ? c.pick(SUCCESS) : c.pick(ERRORS));
            if (base == 251 || base == 252) {
                c.note("reply:" + base);
            }
            int n = c.between(0, 5);
            List<ReplyLine> lines = new ArrayList<>();
            int previousDataStatus = -1;
            for (int i = 0; i <= n; i++) {
                int status = base;
                if (!event && previousDataStatus < 0 && c.chance(10)) {
                    status = c.pick(ERRORS);
                    c.note("reply:mixed-codes");
                }
                if (previousDataStatus >= 0) {
                    status = previousDataStatus;
                }
                ByteString text = WireValues.lineText().generate(c);
                previousDataStatus = -1;
                if (i == n) {
                    lines.add(new ReplyLine.End(status, text));
                } else if (c.chance(35)) {
                    c.note("reply:data-block");
                    lines.add(new ReplyLine.Data(status, text, WireValues.dataValue().generate(c)));
                    previousDataStatus = status;
                } else {
                    lines.add(new ReplyLine.Mid(status, text));
                }
            }
            if (lines.size() > 1) {
                c.note("reply:multi-line");
            }
            return new Reply(lines);
        };
    }

    /** What a reader decodes after the reply is written: data values normalized. */
    public static Reply normalized(Reply r) {
        List<ReplyLine> lines = new ArrayList<>();
        for (ReplyLine l : r.lines()) {
            lines.add(l instanceof ReplyLine.Data d
                    ? new ReplyLine.Data(d.status(), d.text(), org.torconformance.wire.DataBlock.normalize(d.data()))
                    : l);
        }
        return new Reply(lines);
    }
}
