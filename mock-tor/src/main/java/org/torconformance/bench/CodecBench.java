package org.torconformance.bench;

import java.io.PrintStream;
import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;
import org.torconformance.wire.CommandEncoder;
import org.torconformance.wire.Reply;
import org.torconformance.wire.ReplyDecoder;
import org.torconformance.wire.ReplyEncoder;
import org.torconformance.wire.ReplyFrame;
import org.torconformance.wire.event.Events;

/**
 * {@code mock-tor bench codec}: parse and write throughput of the control-protocol codec on a
 * realistic mix: GETINFO replies (one-line and data-block), CIRC and STREAM events, and an
 * 8 MB {@code ns/all} data block. Prints MB/s and lines/s; a benchmark, not a test.
 */
public final class CodecBench {
    private CodecBench() {
    }

    record Mix(List<Reply> replies, ByteString wire, long lines) {
    }

    static Mix realisticMix() {
        java.util.ArrayList<Reply> replies = new java.util.ArrayList<>();
        StringBuilder circuits = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            circuits.append(i).append(" BUILT $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~a,$BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB~b")
                    .append(" BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456\n");
        }
        for (int i = 0; i < 2_000; i++) {
            replies.add(Reply.builder().mid(250, "version=0.4.9.11").mid(250, "process/pid=4242").end(250, "OK"));
            replies.add(Reply.builder().data(250, "circuit-status=", circuits.toString()).end(250, "OK"));
        }
        for (int i = 0; i < 20_000; i++) {
            replies.add(Reply.of(650, "CIRC " + i + " EXTENDED $AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA~a"
                    + " BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-11-25T20:59:03.123456"));
            replies.add(Reply.of(650, "STREAM " + i + " SUCCEEDED 7 example.com:443 CLIENT_PROTOCOL=SOCKS5"
                    + " NYM_EPOCH=0 SESSION_GROUP=-4 ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"));
        }
        StringBuilder ns = new StringBuilder();
        while (ns.length() < 8 * 1024 * 1024) {
            ns.append("r relay AAAAAAAAAAAAAAAAAAAAAAAAAAA BBBBBBBBBBBBBBBBBBBBBBBBBBB 2026-11-25 20:59:03 10.0.0.1 9001 0\n")
                    .append("s Exit Fast Guard HSDir Running Stable V2Dir Valid\nw Bandwidth=1000\np accept 1-65535\n");
        }
        replies.add(Reply.builder().data(250, "ns/all=", ns.toString()).end(250, "OK"));
        ByteStringBuilder out = new ByteStringBuilder(16 * 1024 * 1024);
        replies.forEach(r -> ReplyEncoder.encode(r, out));
        ByteString wire = out.build();
        long lines = 0;
        for (int i = 0; i < wire.length(); i++) {
            if (wire.at(i) == '\n') {
                lines++;
            }
        }
        return new Mix(replies, wire, lines);
    }

    public static void run(PrintStream out, int rounds) {
        Mix mix = realisticMix();
        byte[] wire = mix.wire().toByteArray();
        double mb = wire.length / 1e6;
        out.printf("codec bench: %.1f MB, %d lines, %d replies/events per round, %d rounds after warm-up%n",
                mb, mix.lines(), mix.replies().size(), rounds);

        Runnable parse = () -> {
            ReplyDecoder d = new ReplyDecoder();
            int[] frames = {0};
            for (int off = 0; off < wire.length; off += 65536) {
                d.feed(wire, off, Math.min(65536, wire.length - off), (f, s, e) -> frames[0]++);
            }
            if (frames[0] != mix.replies().size()) {
                throw new IllegalStateException("decoded " + frames[0] + " frames");
            }
        };
        Runnable parseTyped = () -> {
            ReplyDecoder d = new ReplyDecoder();
            for (int off = 0; off < wire.length; off += 65536) {
                d.feed(wire, off, Math.min(65536, wire.length - off), (ReplyFrame f, long s, long e) -> {
                    if (f instanceof Reply r && r.isEvent()) {
                        Events.parse(r);
                    }
                });
            }
        };
        Runnable write = () -> {
            ByteStringBuilder b = new ByteStringBuilder(wire.length + 1024);
            mix.replies().forEach(r -> ReplyEncoder.encode(r, b));
        };
        report(out, "parse replies/events", parse, rounds, mb, mix.lines());
        report(out, "parse + type events", parseTyped, rounds, mb, mix.lines());
        report(out, "write replies/events", write, rounds, mb, mix.lines());

        ByteStringBuilder cmds = new ByteStringBuilder();
        int nCommands = 200_000;
        for (int i = 0; i < nCommands; i++) {
            CommandEncoder.encode(i % 3 == 0 ? Command.of("GETINFO", "version circuit-status")
                    : i % 3 == 1 ? Command.of("SETEVENTS", "CIRC STREAM ORCONN BW")
                    : Command.multiLine("+LOADCONF", "", "SocksPort 0\nLog notice stdout\n"), cmds);
        }
        byte[] cmdWire = cmds.build().toByteArray();
        long cmdLines = 0;
        for (byte b : cmdWire) {
            if (b == '\n') {
                cmdLines++;
            }
        }
        Runnable parseCommands = () -> {
            CommandDecoder d = new CommandDecoder();
            int[] n = {0};
            for (int off = 0; off < cmdWire.length; off += 65536) {
                d.feed(cmdWire, off, Math.min(65536, cmdWire.length - off), (f, s, e) -> n[0]++);
            }
            if (n[0] != nCommands) {
                throw new IllegalStateException("decoded " + n[0] + " commands");
            }
        };
        report(out, "parse commands", parseCommands, rounds, cmdWire.length / 1e6, cmdLines);
    }

    private static void report(PrintStream out, String name, Runnable task, int rounds, double mb, long lines) {
        for (int i = 0; i < Math.max(2, rounds / 2); i++) {
            task.run();
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            task.run();
            long dt = System.nanoTime() - t0;
            best = Math.min(best, dt);
            total += dt;
        }
        double mean = total / (double) rounds / 1e9;
        out.printf("  %-22s %8.1f MB/s %12.0f lines/s   (mean of %d; best %.1f MB/s)%n",
                name, mb / mean, lines / mean, rounds, mb / (best / 1e9));
    }
}
