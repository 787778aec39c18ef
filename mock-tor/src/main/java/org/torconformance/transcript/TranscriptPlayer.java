package org.torconformance.transcript;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.torconformance.control.CommandInterceptor;
import org.torconformance.control.ControlSession;
import org.torconformance.net.Connection;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.DataBlock;

/**
 * Plays a {@link Transcript} on one control session, on the reactor thread. Server steps are
 * written as one write per run of lines (so an event before a reply arrives in the same segment,
 * as tor's would), unless a delay, slicing or split says otherwise. A command that arrives before
 * the transcript is ready for it waits, as in a real server's input buffer. A command that does not
 * match is recorded with the nearest expectation and handled by the transcript's {@code @unexpected}
 * policy; the expectation stays open.
 */
public final class TranscriptPlayer implements CommandInterceptor {
    private final Transcript transcript;
    private final ControlSession session;
    private final TranscriptReport report;
    private final Deque<Command> early = new ArrayDeque<>();
    private final ByteStringBuilder pending = new ByteStringBuilder();
    private int index;
    private boolean waitingForCommand;
    private boolean waitingForClose;
    private boolean finished;
    private boolean busy;
    private Duration delay = Duration.ZERO;
    private int slices;
    private int splitNext = -1;
    /** Writes already scheduled for later (delays, slices); later writes queue behind them. */
    private long writesInFlight;
    private final Deque<byte[]> queuedWrites = new ArrayDeque<>();

    public TranscriptPlayer(Transcript transcript, ControlSession session, TranscriptReport report) {
        this.transcript = transcript;
        this.session = session;
        this.report = report;
    }

    public TranscriptReport report() {
        return report;
    }

    /** Begins playing: runs server steps until the first expectation. */
    public void start() {
        advance();
    }

    @Override
    public boolean intercept(ControlSession s, Command command) {
        if (finished || !hasExpectationAhead()) {
            return unexpected(command, null);
        }
        early.add(command);
        if (waitingForCommand) {
            waitingForCommand = false;
            advance();
        }
        return true;
    }

    /** The session closed: whatever was still expected never arrived. */
    public void closed() {
        if (waitingForClose) {
            index++;
            waitingForClose = false;
        }
        for (int i = index; i < transcript.steps().size(); i++) {
            if (transcript.steps().get(i) instanceof Step.Expect e) {
                report.add(new TranscriptReport.NeverArrived(i, TranscriptWriter.step(e)));
            } else if (transcript.steps().get(i) instanceof Step.ExpectClose) {
                break;
            }
        }
        finished = true;
        report.finish();
    }

    private void advance() {
        if (busy) {
            return;
        }
        busy = true;
        try {
            run();
        } finally {
            busy = false;
        }
    }

    private void run() {
        List<Step> steps = transcript.steps();
        while (index < steps.size() && !finished) {
            Step step = steps.get(index);
            if (step instanceof Step.SendLine l) {
                queue(ByteString.concat(l.text(), ByteString.latin1("\r\n")));
            } else if (step instanceof Step.SendRaw r) {
                queue(r.bytes());
            } else if (step instanceof Step.SendData d) {
                queue(DataBlock.encode(d.value()));
            } else if (step instanceof Step.Pause p) {
                flush();
                index++;
                session.model().reactor().schedule(p.duration(), this::advance);
                return;
            } else if (step instanceof Step.Delay d) {
                flush();
                delay = d.duration();
            } else if (step instanceof Step.Slices s) {
                flush();
                slices = s.size();
            } else if (step instanceof Step.SplitAt s) {
                flush();
                splitNext = s.offset();
            } else if (step instanceof Step.Close) {
                flush();
                afterWrites(() -> session.closeAfterFlush());
                finish();
                return;
            } else if (step instanceof Step.Reset) {
                flush();
                afterWrites(() -> session.connection().reset());
                finish();
                return;
            } else if (step instanceof Step.ExpectClose) {
                flush();
                waitingForClose = true;
                return;
            } else if (step instanceof Step.Expect e) {
                flush();
                if (!consume(e, index)) {
                    waitingForCommand = true;
                    return;
                }
                continue;
            }
            index++;
        }
        flush();
        if (index >= steps.size()) {
            finish();
        }
    }

    /** Matches queued commands against the expectation at {@code at}; true when it was satisfied. */
    private boolean consume(Step.Expect e, int at) {
        while (!early.isEmpty()) {
            Command c = early.poll();
            ByteString line = lineOf(c);
            if (e.pattern().matches(line)) {
                report.add(new TranscriptReport.Matched(at, Escapes.encode(line)));
                index = at + 1;
                if (c.is("AUTHENTICATE")) {
                    session.authenticated();
                }
                if (index < transcript.steps().size() && transcript.steps().get(index) instanceof Step.Model) {
                    index++;
                    session.answerWithModel(c);
                }
                return true;
            }
            report.add(new TranscriptReport.Mismatch(at, TranscriptWriter.step(e), Escapes.encode(line),
                    NearMiss.closest(line, expectationsAhead())));
            unexpected(c, line);
        }
        return false;
    }

    private List<NearMiss.Candidate> expectationsAhead() {
        List<NearMiss.Candidate> out = new ArrayList<>();
        for (int i = index; i < transcript.steps().size(); i++) {
            if (transcript.steps().get(i) instanceof Step.Expect e) {
                out.add(new NearMiss.Candidate(i, e.pattern()));
            }
        }
        return out;
    }

    private boolean hasExpectationAhead() {
        for (int i = index; i < transcript.steps().size(); i++) {
            if (transcript.steps().get(i) instanceof Step.Expect) {
                return true;
            }
        }
        return false;
    }

    /** Applies the transcript's @unexpected policy; always returns true (the command is dealt with). */
    private boolean unexpected(Command c, ByteString alreadyReported) {
        if (alreadyReported == null) {
            report.add(new TranscriptReport.Unexpected(Escapes.encode(lineOf(c))));
        }
        switch (transcript.unexpected()) {
            case MODEL -> session.answerWithModel(c);
            case REJECT -> session.write(ByteString.latin1("510 Unrecognized command \"" + c.keyword().latin1() + "\"\r\n"));
            case CLOSE -> session.closeAfterFlush();
        }
        return true;
    }

    /** The command as its line (keyword, a space, arguments), plus LF and the body for multi-line commands. */
    static ByteString lineOf(Command c) {
        ByteStringBuilder b = new ByteStringBuilder().append(c.keyword());
        if (!c.arguments().isEmpty()) {
            b.append(' ').append(c.arguments());
        }
        c.body().ifPresent(body -> b.append('\n').append(body));
        return b.build();
    }

    private void queue(ByteString bytes) {
        pending.append(bytes);
        if (!delay.isZero()) {
            flush();
        }
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        byte[] all = pending.build().toByteArray();
        pending.clear();
        List<byte[]> parts = new ArrayList<>();
        if (splitNext >= 0 && splitNext < all.length) {
            parts.add(java.util.Arrays.copyOfRange(all, 0, splitNext));
            parts.add(java.util.Arrays.copyOfRange(all, splitNext, all.length));
            splitNext = -1;
        } else {
            parts.add(all);
            if (splitNext >= 0) {
                splitNext = -1;
            }
        }
        for (byte[] p : parts) {
            if (slices > 0) {
                for (int off = 0; off < p.length; off += slices) {
                    write(java.util.Arrays.copyOfRange(p, off, Math.min(p.length, off + slices)), Duration.ofMillis(1));
                }
            } else {
                write(p, parts.size() > 1 ? Duration.ofMillis(5) : delay);
            }
        }
    }

    /**
     * Writes now if nothing is waiting, else after what is waiting; {@code gap} is the pause before
     * this write, which makes split and sliced writes arrive as separate TCP segments.
     */
    private void write(byte[] bytes, Duration gap) {
        if (writesInFlight == 0 && gap.isZero()) {
            session.write(ByteString.of(bytes));
            return;
        }
        writesInFlight++;
        queuedWrites.add(bytes);
        session.model().reactor().schedule(gap.isZero() ? Duration.ofMillis(1) : gap.multipliedBy(writesInFlight), () -> {
            byte[] next = queuedWrites.poll();
            writesInFlight--;
            Connection c = session.connection();
            if (next != null && c != null && c.isOpen()) {
                session.write(ByteString.of(next));
            }
        });
    }

    private void afterWrites(Runnable r) {
        if (writesInFlight == 0) {
            r.run();
        } else {
            session.model().reactor().schedule(Duration.ofMillis(10L * (writesInFlight + 1)), () -> afterWrites(r));
        }
    }

    private void finish() {
        finished = true;
        report.finish();
    }
}
