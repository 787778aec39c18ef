package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.wire.Bytes.b;
import static org.torconformance.wire.Bytes.raw;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §1.2, §8 (framing and async items) and §9: tor's reply bytes, decoded. */
class ReplyDecoderTest {
    static List<ReplyFrame> decodeAll(String wire) {
        ReplyDecoder d = new ReplyDecoder();
        List<ReplyFrame> out = new ArrayList<>(d.feed(raw(wire)));
        out.addAll(d.finish());
        return out;
    }

    static Reply only(String wire) {
        List<ReplyFrame> frames = decodeAll(wire);
        assertEquals(1, frames.size(), () -> "frames: " + frames);
        return assertInstanceOf(Reply.class, frames.get(0));
    }

    @Test
    @DisplayName("facts §9: PROTOCOLINFO reply, every line kept and re-encoded byte for byte")
    void protocolInfo() {
        String wire = "250-PROTOCOLINFO 1\r\n250-AUTH METHODS=NULL\r\n250-VERSION Tor=\"0.4.9.11\"\r\n250 OK\r\n";
        Reply r = only(wire);
        assertEquals(List.of(ReplyLine.mid(250, "PROTOCOLINFO 1"), ReplyLine.mid(250, "AUTH METHODS=NULL"),
                ReplyLine.mid(250, "VERSION Tor=\"0.4.9.11\""), ReplyLine.end(250, "OK")), r.lines());
        assertEquals(b(wire), r.encode());
    }

    @Test
    @DisplayName("facts §8.2 / §9: MAPADDRESS mixes 512 and 250 in one reply")
    void mixedStatusCodes() {
        String wire = "512-syntax error: invalid address '@@@'\r\n250 127.212.27.165=bogus1.google.com\r\n";
        Reply r = only(wire);
        assertEquals(512, r.first().status());
        assertEquals(250, r.status());
        assertTrue(r.isSuccess(), "the end line decides");
        assertEquals(b(wire), r.encode());
    }

    @Test
    @DisplayName("facts §9: address-mappings data block")
    void dataBlockReply() {
        String wire = "250+address-mappings/control=\r\n1.2.3.4 torproject.org NEVER\r\n"
                + "127.225.232.245 torproject.org NEVER\r\n.\r\n250 OK\r\n";
        Reply r = only(wire);
        ReplyLine.Data data = assertInstanceOf(ReplyLine.Data.class, r.first());
        assertEquals(b("address-mappings/control="), data.text());
        assertEquals(b("1.2.3.4 torproject.org NEVER\n127.225.232.245 torproject.org NEVER"), data.data());
        assertEquals(b(wire), r.encode());
    }

    @Test
    @DisplayName("facts §8.3 / §9: data block with no end line (tor bug E1) is malformed and the stream resynchronises")
    void dataBlockWithoutEndLine() {
        List<ReplyFrame> frames = decodeAll(
                "552+=\r\nUnrecognized key \"ver\rsion\"\r\n.\r\n250-version=0.4.9.11\r\n250 OK\r\n");
        assertEquals(2, frames.size(), frames::toString);
        Malformed bad = assertInstanceOf(Malformed.class, frames.get(0));
        assertEquals("reply ended with a data block and no end line", bad.reason());
        assertEquals(List.of(new ReplyLine.Data(552, b("="), b("Unrecognized key \"ver\rsion\""))), bad.lines());
        assertEquals(0, bad.offset());
        assertEquals(b("552+=\r\nUnrecognized key \"ver\rsion\"\r\n.\r\n"), bad.bytes());
        assertEquals(only("250-version=0.4.9.11\r\n250 OK\r\n"), frames.get(1));
    }

    @Test
    @DisplayName("facts §8.3: two bug blocks in a row, then an event, still resynchronise")
    void twoBugBlocksThenEvent() {
        List<ReplyFrame> frames = decodeAll("552+=\r\nx\r\n.\r\n552+=\r\ny\r\n.\r\n650 BW 0 0\r\n");
        assertEquals(2, frames.size(), frames::toString);
        assertEquals(2, assertInstanceOf(Malformed.class, frames.get(0)).lines().size());
        assertTrue(assertInstanceOf(Reply.class, frames.get(1)).isEvent());
    }

    @Test
    @DisplayName("facts §8.3: a bug block at the end of input comes out of finish(), not never")
    void bugBlockAtEndOfInput() {
        ReplyDecoder d = new ReplyDecoder();
        assertEquals(List.of(), d.feed(raw("552+=\r\nUnrecognized key \"a\rb\"\r\n.\r\n")));
        List<ReplyFrame> rest = d.finish();
        assertEquals("reply ended with a data block and no end line", assertInstanceOf(Malformed.class, rest.get(0)).reason());
        assertTrue(d.isIdle());
    }

    @Test
    @DisplayName("facts §8.4: a lone CR inside a line is text, lines split on CRLF only")
    void loneCrInLine() {
        Reply r = only("552 Unrecognized event \"FOO\rBAR\"\r\n");
        assertEquals(b("Unrecognized event \"FOO\rBAR\""), r.end().text());
    }

    @Test
    @DisplayName("facts §8.5: arbitrary 8-bit bytes in reply text survive")
    void eightBitText() {
        String wire = "552 Unrecognized key \"\u00ff\u0080\u00e9\"\r\n";
        assertEquals(b(wire), only(wire).encode());
    }

    @Test
    @DisplayName("facts §8.6: empty value and a lone CRLF value decode alike")
    void emptyDataValue() {
        ReplyLine.Data d = assertInstanceOf(ReplyLine.Data.class, only("250+k=\r\n\r\n.\r\n250 OK\r\n").first());
        assertEquals(ByteString.EMPTY, d.data());
    }

    @Test
    @DisplayName("facts §8.7: '..' decodes to '.', only an exact '.' line terminates")
    void dotLines() {
        ReplyLine.Data d = assertInstanceOf(ReplyLine.Data.class,
                only("250+k=\r\n..\r\n.. \r\n...\r\n.\r\n250 OK\r\n").first());
        assertEquals(b(".\n. \n.."), d.data());
    }

    @Test
    @DisplayName("facts §8.8: bare LF from the leading-LF bug and lone CRs inside data are data")
    void bareLfInData() {
        ReplyLine.Data d = assertInstanceOf(ReplyLine.Data.class, only("250+k=\r\n\nx\rz\r\n.\r\n250 OK\r\n").first());
        assertEquals(b("\nx\rz"), d.data());
    }

    @Test
    @DisplayName("facts §8.9: one key as empty line, single line, or data block; GETINFO with no keys is 250 OK")
    void sameKeyThreeShapes() {
        assertEquals(List.of(ReplyLine.mid(250, "circuit-status="), ReplyLine.end(250, "OK")),
                only("250-circuit-status=\r\n250 OK\r\n").lines());
        assertEquals(ReplyLine.mid(250, "stream-status=162 NEW 0 a.example:443"),
                only("250-stream-status=162 NEW 0 a.example:443\r\n250 OK\r\n").first());
        assertEquals(ReplyLine.data(250, "stream-status=", "83 NEW 0 a.example:443\n84 NEW 0 b.example:443"),
                only("250+stream-status=\r\n83 NEW 0 a.example:443\r\n84 NEW 0 b.example:443\r\n.\r\n250 OK\r\n").first());
        assertEquals(Reply.ok(), only("250 OK\r\n"));
    }

    @Test
    @DisplayName("facts §8.1: a line without status and separator is malformed; the next reply decodes")
    void garbageLine() {
        List<ReplyFrame> frames = decodeAll("250-a\r\nHELLO\r\n250 OK\r\n");
        assertEquals(3, frames.size(), frames::toString);
        Malformed cut = assertInstanceOf(Malformed.class, frames.get(0));
        assertEquals("reply cut short by a malformed line", cut.reason());
        assertEquals(List.of(ReplyLine.mid(250, "a")), cut.lines());
        assertEquals(b("250-a\r\n"), cut.bytes());
        Malformed garbage = assertInstanceOf(Malformed.class, frames.get(1));
        assertEquals(b("HELLO\r\n"), garbage.bytes());
        assertEquals(7, garbage.offset());
        assertEquals(Reply.ok(), frames.get(2));
    }

    @Test
    @DisplayName("tor never ends a reply line with a bare LF: such a line is malformed")
    void bareLfLine() {
        List<ReplyFrame> frames = decodeAll("250 OK\n250 OK\r\n");
        assertEquals("line not terminated by CRLF", assertInstanceOf(Malformed.class, frames.get(0)).reason());
        assertEquals(Reply.ok(), frames.get(1));
    }

    @Test
    @DisplayName("facts §8.16: an event before a reply is its own frame; an event inside a reply is malformed")
    void eventsAndReplies() {
        List<ReplyFrame> frames = decodeAll("650 CIRC 1 LAUNCHED\r\n250-SOCKSPORT=9050\r\n250 OK\r\n");
        assertEquals(2, frames.size());
        assertTrue(assertInstanceOf(Reply.class, frames.get(0)).isEvent());
        assertEquals(250, assertInstanceOf(Reply.class, frames.get(1)).status());

        List<ReplyFrame> inside = decodeAll("250-a=1\r\n650 BW 0 0\r\n250 OK\r\n");
        assertEquals(3, inside.size(), inside::toString);
        assertEquals("an event line inside a reply", assertInstanceOf(Malformed.class, inside.get(0)).reason());
        assertTrue(assertInstanceOf(Reply.class, inside.get(1)).isEvent());
        assertEquals(Reply.ok(), inside.get(2));
    }

    @Test
    @DisplayName("facts §8.18: multi-line and data-form events")
    void multiLineEvents() {
        Reply conf = only("650-CONF_CHANGED\r\n650-ContactInfo=hello\r\n650-MaxCircuitDirtiness=700\r\n650 OK\r\n");
        assertEquals(4, conf.lines().size());
        Reply ns = only("650+NS\r\nr a b c\r\ns Fast\r\n.\r\n650 OK\r\n");
        assertEquals(b("r a b c\ns Fast"), assertInstanceOf(ReplyLine.Data.class, ns.first()).data());
    }

    @Test
    @DisplayName("facts §8.22: two final replies to one command come out as two replies")
    void twoFinalReplies() {
        List<ReplyFrame> frames = decodeAll("512 ClientName longer than 16 chars\r\n250 OK\r\n");
        assertEquals(List.of(Reply.of(512, "ClientName longer than 16 chars"), Reply.ok()), frames);
    }

    @Test
    @DisplayName("facts §8.14: a multi-megabyte data block decodes in one piece")
    void veryLongDataBlock() {
        StringBuilder sb = new StringBuilder("250+ns/all=\r\n");
        String entry = "r nick AAAAAAAAAAAAAAAAAAAAAAAAAAA BBBBBBBBBBBBBBBBBBBBBBBBBBB 2026-11-25 20:59:03 10.0.0.1 9001 0\r\n";
        int n = 3 * 1024 * 1024 / entry.length();
        for (int i = 0; i < n; i++) {
            sb.append(entry);
        }
        sb.append(".\r\n250 OK\r\n");
        Reply r = only(sb.toString());
        assertEquals(n * (entry.length() - 1) - 1, assertInstanceOf(ReplyLine.Data.class, r.first()).data().length());
    }

    @Test
    @DisplayName("a partial reply or data block pending at EOF is reported, with what it held")
    void pendingAtEof() {
        assertEquals("input ended inside a data block",
                assertInstanceOf(Malformed.class, decodeAll("250+k=\r\nabc\r\n").get(0)).reason());
        assertEquals("input ended inside a reply",
                assertInstanceOf(Malformed.class, decodeAll("250-a\r\n").get(0)).reason());
        assertEquals("input ended inside an unterminated line",
                assertInstanceOf(Malformed.class, decodeAll("250 O").get(0)).reason());
    }

    @Test
    @DisplayName("offsets: every byte of the input is accounted for by frames")
    void offsets() {
        ReplyDecoder d = new ReplyDecoder();
        d.feed(raw("250 OK\r\nxx\r\n650 BW 1 2\r\n"));
        assertEquals(24, d.offset());
        List<ReplyFrame> frames = d.feed(raw("250 OK\r\n"));
        assertEquals(32, d.offset());
        assertEquals(1, frames.size());
    }
}
