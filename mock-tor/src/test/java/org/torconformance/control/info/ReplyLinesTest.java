package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

/** Tor's control_write_reply_lines, byte for byte. */
class ReplyLinesTest {
    private static ByteString b(String s) {
        return ByteString.latin1(s);
    }

    @Test
    void lastLineEndsTheReply() {
        assertEquals("250-k=v\r\n250 OK\r\n", ReplyLines.encode(List.of(ReplyLines.Line.keyValue(250, b("k"), b("v")),
                ReplyLines.Line.message(250, "OK")), true).latin1());
    }

    @Test
    void valueWithLineBreakIsADataBlock() {
        assertEquals("250+k=\r\na\r\nb\r\n.\r\n250 OK\r\n", ReplyLines.encode(List.of(
                ReplyLines.Line.keyValue(250, b("k"), b("a\nb\n")), ReplyLines.Line.message(250, "OK")), true).latin1());
    }

    @Test
    void aLastDataLineLeavesTheReplyOpen() {
        assertEquals("552+=\r\nx\ry\r\n.\r\n", ReplyLines.encode(List.of(ReplyLines.Line.message(552, "x\ry")), true).latin1());
    }

    @Test
    void emptyValueIsAnEmptyField() {
        assertEquals("250-k=\r\n250 OK\r\n", ReplyLines.encode(List.of(ReplyLines.Line.keyValue(250, b("k"), b("")),
                ReplyLines.Line.message(250, "OK")), true).latin1());
    }

    @Test
    void keysKvlineRefuses() {
        for (String key : List.of("a\"b", "a'b", "a=b", "a\tb", "a\u00e9", "a\u007fb", "a\u0001b", "")) {
            assertTrue(ReplyLines.needsQuoting(b(key)), key);
        }
        for (String key : List.of("version", "ip-to-country/::1", "net/listeners/socks", "a[b]c")) {
            assertFalse(ReplyLines.needsQuoting(b(key)), key);
        }
        assertEquals("250-a=b=v\r\n250 OK\r\n", ReplyLines.encode(List.of(ReplyLines.Line.keyValue(250, b("a=b"), b("v")),
                ReplyLines.Line.message(250, "OK")), false).latin1());
    }
}
