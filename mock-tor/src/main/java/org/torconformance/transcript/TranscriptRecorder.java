package org.torconformance.transcript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;
import org.torconformance.wire.DataBlock;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.ReplyLine;

/**
 * Turns what passed on one control connection into a {@link Transcript}: a {@code >} step for
 * each command the controller sent, {@code <} lines and {@code <data} blocks for what tor sent
 * (events included), in the order they passed, with secrets handled by {@link Redaction}. Who
 * closed first becomes {@code ! close} (tor) or {@code ! expect-close} (the controller). Bytes
 * that do not re-encode exactly from lines and data blocks are kept as {@code <~} raw steps. Pure:
 * bytes in, a transcript out; not thread-safe.
 */
public final class TranscriptRecorder {
    private final Optional<String> title;
    private final CommandDecoder commands = new CommandDecoder();
    private final ReplyDecoder replies = new ReplyDecoder();
    /** Bytes tor sent that the reply decoder has not yet framed, starting at stream offset {@code base}. */
    private final ByteStringBuilder unframed = new ByteStringBuilder();
    private long base;
    /** For each command awaiting its reply: whether the model answers it on replay. */
    private final Deque<Boolean> awaitingReply = new ArrayDeque<>();
    private final List<Step> steps = new ArrayList<>();
    private Optional<String> auth = Optional.empty();
    private boolean closed;

    public TranscriptRecorder(Optional<String> title) {
        this.title = title;
    }

    public void fromController(byte[] bytes, int off, int len) {
        commands.feed(bytes, off, len, (frame, start, end) -> {
            if (frame instanceof Command c) {
                Redaction.Treatment t = Redaction.of(c);
                steps.add(new Step.Expect(t.pattern()));
                if (t.modelled()) {
                    steps.add(new Step.Model());
                }
                awaitingReply.add(t.modelled());
            }
        });
    }

    public void fromTor(byte[] bytes, int off, int len) {
        unframed.append(bytes, off, len);
        replies.feed(bytes, off, len, this::framed);
        compact();
    }

    /** The controller closed its side first: the replay expects it to. */
    public void controllerClosed() {
        if (!closed) {
            closed = true;
            steps.add(new Step.ExpectClose());
        }
    }

    /** Tor closed first: the replay closes there. */
    public void torClosed() {
        replies.finish(this::framed);
        compact();
        if (!closed) {
            closed = true;
            steps.add(new Step.Close());
        }
    }

    public Transcript transcript() {
        return new Transcript(title, Transcript.Unexpected.MODEL, auth, steps);
    }

    private void framed(ReplyFrame frame, long start, long end) {
        ByteString raw = unframed.build().slice((int) (start - base), (int) (end - base));
        if (frame instanceof Malformed) {
            steps.add(new Step.SendRaw(Redaction.scrub(raw)));
            return;
        }
        Reply r = (Reply) frame;
        noteAuthMethods(r);
        if (!r.isEvent() && Boolean.TRUE.equals(awaitingReply.poll())) {
            return;
        }
        List<Step> lines = lines(r);
        if (encode(lines).equals(raw)) {
            steps.addAll(lines.stream().map(TranscriptRecorder::scrubbed).toList());
        } else {
            steps.add(new Step.SendRaw(Redaction.scrub(raw)));
        }
    }

    private void compact() {
        long consumed = replies.offset() - base;
        if (consumed > 0) {
            ByteString rest = unframed.build().slice((int) consumed);
            unframed.clear();
            unframed.append(rest);
            base += consumed;
        }
    }

    /** Notes the authentication a PROTOCOLINFO reply offers, for the transcript's {@code @auth}. */
    private void noteAuthMethods(Reply r) {
        for (ReplyLine l : r.lines()) {
            String text = l.text().latin1();
            if (text.startsWith("AUTH METHODS=")) {
                String methods = text.substring("AUTH METHODS=".length()).split(" ")[0];
                auth = Optional.of(methods.contains("COOKIE") ? "cookie" : methods.contains("HASHEDPASSWORD") ? "password" : "none");
            }
        }
    }

    private static List<Step> lines(Reply r) {
        List<Step> out = new ArrayList<>();
        for (ReplyLine l : r.lines()) {
            out.add(new Step.SendLine(ByteString.concat(ByteString.latin1(String.format("%03d%c", l.status(), l.separator())), l.text())));
            if (l instanceof ReplyLine.Data d) {
                out.add(new Step.SendData(d.data()));
            }
        }
        return out;
    }

    /** What the player writes for these steps. */
    private static ByteString encode(List<Step> steps) {
        ByteStringBuilder b = new ByteStringBuilder();
        for (Step s : steps) {
            if (s instanceof Step.SendLine l) {
                b.append(l.text()).append('\r').append('\n');
            } else if (s instanceof Step.SendData d) {
                b.append(DataBlock.encode(d.value()));
            }
        }
        return b.build();
    }

    private static Step scrubbed(Step s) {
        if (s instanceof Step.SendLine l) {
            return new Step.SendLine(Redaction.scrub(l.text()));
        }
        if (s instanceof Step.SendData d) {
            return new Step.SendData(Redaction.scrub(d.value()));
        }
        return s;
    }
}
