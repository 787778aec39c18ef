package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.gen.Qt.gen;
import static org.torconformance.gen.Qt.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.torconformance.gen.CommandGenerators;
import org.torconformance.gen.Coverage;
import org.torconformance.gen.EventGenerators;
import org.torconformance.gen.Generator;
import org.torconformance.gen.ReplyGenerators;
import org.torconformance.gen.WireValues;
import org.torconformance.wire.event.Events;
import org.torconformance.wire.event.TorEvent;

/** Write-then-parse is the identity; parsing never throws; how bytes are split never matters. */
class CodecPropertiesTest {
    static final Coverage REPLIES = new Coverage();
    static final Coverage EVENTS = new Coverage();
    static final Coverage COMMANDS = new Coverage();
    static final Coverage NOISE = new Coverage();

    @AfterAll
    static void printCoverage() {
        System.out.println(REPLIES.report("generated replies"));
        System.out.println(EVENTS.report("generated events"));
        System.out.println(COMMANDS.report("generated commands"));
    }

    static List<ReplyFrame> decode(ByteString wire, List<Integer> cuts) {
        ReplyDecoder d = new ReplyDecoder();
        byte[] bytes = wire.toByteArray();
        List<ReplyFrame> out = new ArrayList<>();
        int at = 0;
        for (int cut : cuts) {
            int to = Math.min(Math.max(cut, at), bytes.length);
            out.addAll(d.feed(bytes, at, to - at));
            at = to;
        }
        out.addAll(d.feed(bytes, at, bytes.length - at));
        out.addAll(d.finish());
        return out;
    }

    static ByteString encodeAll(List<Reply> replies) {
        ByteStringBuilder out = new ByteStringBuilder();
        replies.forEach(r -> ReplyEncoder.encode(r, out));
        return out.build();
    }

    static Generator<List<Integer>> cuts(int maxCut) {
        return Generator.listOf(c -> c.between(0, maxCut), 0, 12).map(l -> l.stream().sorted().toList());
    }

    @Test
    void repliesRoundTripThroughAnySplit() {
        qt("reply round trip").forAll(gen(Generator.listOf(ReplyGenerators.reply(), 1, 6), REPLIES), gen(cuts(200_000), NOISE))
                .checkAssert((replies, cuts) -> {
                    List<ReplyFrame> expected = replies.stream().map(r -> (ReplyFrame) ReplyGenerators.normalized(r)).toList();
                    assertEquals(expected, decode(encodeAll(replies), cuts));
                });
    }

    @Test
    void replySplitAtEveryPointGivesTheSameFrames() {
        Generator<List<Reply>> small = c -> {
            List<Reply> out = new ArrayList<>();
            int n = c.between(1, 3);
            for (int i = 0; i < n; i++) {
                Reply r = ReplyGenerators.reply().generate(c);
                if (r.encode().length() < 400) {
                    out.add(r);
                }
            }
            return out;
        };
        qt("reply split at every point").forAll(gen(small, REPLIES)).checkAssert(replies -> {
            ByteString wire = encodeAll(replies);
            List<ReplyFrame> whole = decode(wire, List.of());
            for (int k = 0; k <= wire.length(); k++) {
                assertEquals(whole, decode(wire, List.of(k)), "split at " + k);
            }
        });
    }

    @Test
    void eventsRoundTripTyped() {
        qt("event round trip").forAll(gen(EventGenerators.event(), EVENTS)).checkAssert(event -> {
            List<ReplyFrame> frames = decode(event.toReply().encode(), List.of());
            assertEquals(1, frames.size(), () -> "frames " + frames);
            TorEvent back = Events.parse((Reply) frames.get(0));
            assertEquals(event, back);
        });
    }

    @Test
    void commandsRoundTripThroughAnySplit() {
        qt("command round trip").forAll(gen(Generator.listOf(CommandGenerators.command(), 1, 6), COMMANDS), gen(cuts(2_000), NOISE))
                .checkAssert((commands, cuts) -> {
                    ByteStringBuilder out = new ByteStringBuilder();
                    commands.forEach(c -> CommandEncoder.encode(c, out));
                    byte[] bytes = out.build().toByteArray();
                    CommandDecoder d = new CommandDecoder();
                    List<CommandFrame> frames = new ArrayList<>();
                    int at = 0;
                    for (int cut : cuts) {
                        int to = Math.min(Math.max(cut, at), bytes.length);
                        frames.addAll(d.feed(bytes, at, to - at));
                        at = to;
                    }
                    frames.addAll(d.feed(bytes, at, bytes.length - at));
                    assertEquals(commands, frames);
                    assertEquals(bytes.length, d.offset());
                });
    }

    /** Bytes with the protocol's structure characters weighted up. */
    static Generator<byte[]> noise() {
        List<String> pieces = List.of("250", "650", "552", "-", "+", " ", "\r\n", "\n", "\r", ".", ".\r\n", "..", "OK", "=",
                "\"", "\\", "\u0000", "\u00ff", "x", "+LOADCONF\r\n", "GETINFO", "\u0001\u0002");
        return c -> {
            ByteStringBuilder out = new ByteStringBuilder();
            int n = c.between(0, 60);
            for (int i = 0; i < n; i++) {
                if (c.chance(10)) {
                    out.append(c.between(0, 255));
                } else {
                    out.append(c.pick(pieces));
                }
            }
            return out.build().toByteArray();
        };
    }

    @Test
    void decodersNeverThrowAndAccountForEveryByte() {
        qt("decoders on noise").forAll(gen(noise(), NOISE)).checkAssert(bytes -> {
            ReplyDecoder replies = new ReplyDecoder();
            List<ReplyFrame> frames = new ArrayList<>(replies.feed(bytes));
            frames.addAll(replies.finish());
            assertEquals(bytes.length, replies.offset(), "every byte is in a frame");
            for (ReplyFrame f : frames) {
                if (f instanceof Reply r && r.isEvent()) {
                    Events.parse(r);
                }
            }
            CommandDecoder commands = new CommandDecoder();
            commands.feed(bytes);
            assertTrue(commands.offset() + commands.pendingBytes() == bytes.length);
            LineTokenizer.tokens(ByteString.of(bytes));
        });
    }

    @Test
    void stringCodecsRoundTrip() {
        qt("string codecs").forAll(gen(WireValues.anyBytes(12), NOISE)).checkAssert(v -> {
            assertEquals(v, QuotedString.decode(QuotedString.encode(v), 0).value());
            assertEquals(v, CString.decodeLenient(EscForLog.escape(v)));
            if (!v.contains(0)) {
                assertEquals(v, CString.decodeStrict(EscForLog.escape(v), 0).value());
                List<KvLine.Entry> entries = List.of(new KvLine.Entry(ByteString.latin1("K"), v));
                assertEquals(entries, KvLine.parse(KvLine.encode(entries, KvLine.Flag.QUOTED), EnumSet.of(KvLine.Flag.QUOTED)));
            }
        });
    }

    @Test
    void dataBlocksRoundTripAfterNormalization() {
        qt("data blocks").forAll(gen(WireValues.dataValue(), NOISE)).checkAssert(v -> {
            ByteString wire = DataBlock.encode(v);
            assertEquals(DataBlock.normalize(v), DataBlock.decodeReplyData(wire.slice(0, wire.length() - 3)));
            ByteString c = DataBlock.canonical(v);
            assertEquals(c, DataBlock.normalize(c), "canonical values survive a trip unchanged");
        });
    }

}
