package org.torconformance.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.ReplyDecoder;

/**
 * Decodes everything the mock sent on one connection with {@link ReplyDecoder} and reports frames
 * it cannot read. A malformed frame is excused only when it starts in an exchange where the mock's
 * bytes equal the live tor's: then the mock reproduces tor's own output (the HTTP and v0
 * rejections, tor's reply without an end line under torQuirks), which is the point.
 */
final class MockOutputCheck {
    private MockOutputCheck() {
    }

    static List<String> malformed(List<ExchangeResult> exchanges) {
        List<Long> starts = new ArrayList<>();
        ReplyDecoder decoder = new ReplyDecoder();
        List<String> problems = new ArrayList<>();
        long offset = 0;
        for (ExchangeResult e : exchanges) {
            starts.add(offset);
            byte[] bytes = e.mock().bytes().toByteArray();
            decoder.feed(bytes, 0, bytes.length, (frame, start, end) -> {
                if (frame instanceof Malformed m) {
                    judge(m, start, starts, exchanges, problems);
                }
            });
            offset += bytes.length;
        }
        decoder.finish((frame, start, end) -> {
            if (frame instanceof Malformed m) {
                judge(m, start, starts, exchanges, problems);
            }
        });
        return problems;
    }

    private static void judge(Malformed m, long start, List<Long> starts, List<ExchangeResult> exchanges, List<String> problems) {
        int at = 0;
        while (at + 1 < starts.size() && starts.get(at + 1) <= start) {
            at++;
        }
        ExchangeResult e = exchanges.get(at);
        if (!e.agrees()) {
            problems.add("exchange " + (at + 1) + ": " + m.reason() + ": " + ByteString.of(shorten(m.bytes())));
        }
    }

    private static byte[] shorten(ByteString b) {
        return b.slice(0, Math.min(b.length(), 300)).toByteArray();
    }
}
