package org.torconformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;

/**
 * {@code mock-tor decode [--from-client]}: reads raw control-port bytes on stdin and prints one JSON
 * object per reply, event, command or malformed run of bytes, streaming as input arrives.
 */
final class Decode {
    private Decode() {
    }

    static int run(boolean fromClient, InputStream in, PrintStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        if (fromClient) {
            CommandDecoder d = new CommandDecoder();
            CommandDecoder.Sink sink = (f, start, end) -> out.println(Json.line(f instanceof Command c
                    ? FrameJson.command(c, start) : FrameJson.malformed((Malformed) f)));
            for (int n; (n = in.read(buf)) > 0; ) {
                d.feed(buf, 0, n, sink);
                out.flush();
            }
            if (d.pendingBytes() > 0) {
                out.println(Json.line(Json.object().put("kind", "malformed").put("offset", d.offset())
                        .put("reason", "input ended inside a command").put("length", d.pendingBytes())));
            }
        } else {
            ReplyDecoder d = new ReplyDecoder();
            ReplyDecoder.Sink sink = (f, start, end) -> out.println(Json.line(f instanceof Reply r
                    ? FrameJson.reply(r, start) : FrameJson.malformed((Malformed) f)));
            for (int n; (n = in.read(buf)) > 0; ) {
                d.feed(buf, 0, n, sink);
                out.flush();
            }
            d.finish(sink);
        }
        out.flush();
        return 0;
    }
}
