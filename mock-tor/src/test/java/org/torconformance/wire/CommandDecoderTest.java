package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torconformance.wire.Bytes.b;
import static org.torconformance.wire.Bytes.raw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §1.1: how tor frames what a controller sends. */
class CommandDecoderTest {
    static List<CommandFrame> decode(String wire) {
        return new CommandDecoder().feed(raw(wire));
    }

    static Command only(String wire) {
        List<CommandFrame> frames = decode(wire);
        assertEquals(1, frames.size(), frames::toString);
        return assertInstanceOf(Command.class, frames.get(0));
    }

    @Test
    @DisplayName("facts §1.1: CRLF and bare LF both end a command")
    void lineEndings() {
        assertEquals(Command.of("GETINFO", "version"), only("GETINFO version\r\n"));
        assertEquals(Command.of("GETINFO", "version"), only("GETINFO version\n"));
    }

    @Test
    @DisplayName("facts §1.1: a command split anywhere across writes, and several in one write")
    void splitAndPipelined() {
        CommandDecoder d = new CommandDecoder();
        List<CommandFrame> out = new ArrayList<>();
        for (String part : new String[] {"GETIN", "FO vers", "ion\r", "\n"}) {
            out.addAll(d.feed(raw(part)));
        }
        assertEquals(List.of(Command.of("GETINFO", "version")), out);
        assertEquals(List.of(Command.of("GETINFO", "a"), Command.of("SIGNAL", "NEWNYM"), Command.of("QUIT")),
                decode("GETINFO a\r\nSIGNAL NEWNYM\nQUIT\r\n"));
    }

    @Test
    @DisplayName("facts §1.1: leading whitespace gives an empty keyword")
    void emptyKeyword() {
        Command c = only("  GETINFO x\r\n");
        assertEquals(ByteString.EMPTY, c.keyword());
        assertEquals(b("GETINFO x"), c.arguments());
    }

    @Test
    @DisplayName("facts §1.1: keyword is kept as typed; matching is case-insensitive")
    void keywordCase() {
        Command c = only("SeTeVeNtS CIRC\r\n");
        assertEquals(b("SeTeVeNtS"), c.keyword());
        assertTrue(c.is("SETEVENTS"));
    }

    @Test
    @DisplayName("facts §1.1: a TAB between keyword and first argument separates them")
    void tabAfterKeyword() {
        assertEquals(Command.of("GETINFO", "version"), only("GETINFO\tversion\r\n"));
    }

    @Test
    @DisplayName("facts §1.1: an empty line is a command with an empty keyword")
    void emptyLine() {
        assertEquals(Command.of(""), only("\r\n"));
    }

    @Test
    @DisplayName("facts §1.1: +LOADCONF body ends at an exact '.' line, dots unstuffed")
    void multiLine() {
        Command c = only("+LOADCONF\r\nSocksPort 0\r\n..dot\r\n.\r\n");
        assertEquals(b("+LOADCONF"), c.keyword());
        assertEquals(Optional.of(b("SocksPort 0\n.dot\n")), c.body());
        assertEquals(Optional.of(b("x\n")), only("+POSTDESCRIPTOR purpose=general\nx\n.\n").body());
        assertEquals(b("purpose=general"), only("+POSTDESCRIPTOR purpose=general\nx\n.\n").arguments());
    }

    @Test
    @DisplayName("facts §1.1: '+LOADCONF' with no data is an empty body; '.x' lines are not terminators")
    void emptyBodyAndNearTerminators() {
        assertEquals(Optional.of(ByteString.EMPTY), only("+LOADCONF\r\n.\r\n").body());
        assertEquals(Optional.of(b("x\n \n")), only("+LOADCONF\r\n.x\r\n. \r\n.\r\n").body());
    }

    @Test
    @DisplayName("facts §1.1: a '+' command that is not multi-line in tor's table is still consumed whole")
    void unknownMultiLineConsumedWhole() {
        List<CommandFrame> frames = decode("+GETINFO version\r\nfoo\r\n.\r\nGETINFO version\r\n");
        assertEquals(2, frames.size());
        assertEquals(b("+GETINFO"), assertInstanceOf(Command.class, frames.get(0)).keyword());
    }

    @Test
    @DisplayName("facts §1.1 / §8.14: a command of 1 MiB or more is refused and the decoder stops")
    void tooLong() {
        byte[] big = new byte[CommandDecoder.MAX_COMMAND_LENGTH + 10];
        Arrays.fill(big, (byte) 'a');
        big[big.length - 1] = '\n';
        CommandDecoder d = new CommandDecoder();
        List<CommandFrame> frames = d.feed(big, 0, big.length);
        assertEquals(CommandDecoder.TOO_LONG, assertInstanceOf(Malformed.class, frames.get(0)).reason());
        assertTrue(d.isStopped());
        assertEquals(List.of(), d.feed(raw("GETINFO version\r\n")));
    }

    @Test
    @DisplayName("a line past the limit is answered only when it ends, as tor does, and is not kept in memory")
    void unterminatedLineBounded() {
        CommandDecoder d = new CommandDecoder(1000);
        byte[] chunk = new byte[100];
        Arrays.fill(chunk, (byte) 'x');
        List<CommandFrame> frames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            frames.addAll(d.feed(chunk, 0, chunk.length));
        }
        assertEquals(List.of(), frames, "no answer before the LF");
        assertTrue(d.pendingBytes() <= 1000, "bytes past the limit are not kept: " + d.pendingBytes());
        frames.addAll(d.feed(raw("x\r\nGETINFO version\r\n")));
        assertEquals(1, frames.size());
        assertEquals(CommandDecoder.TOO_LONG, assertInstanceOf(Malformed.class, frames.get(0)).reason());
        assertTrue(d.isStopped());
    }

    @Test
    @DisplayName("just under the limit is accepted")
    void justUnderLimit() {
        byte[] line = new byte[CommandDecoder.MAX_COMMAND_LENGTH - 1];
        Arrays.fill(line, (byte) 'a');
        line[line.length - 1] = '\n';
        assertInstanceOf(Command.class, new CommandDecoder().feed(line, 0, line.length).get(0));
    }

    @Test
    @DisplayName("commands encode and decode back")
    void encodeRoundTrip() {
        Command c = Command.multiLine("+LOADCONF", "", ".hidden\nLog notice stdout\n");
        assertEquals(b("+LOADCONF\r\n..hidden\r\nLog notice stdout\r\n.\r\n"), c.encode());
        assertEquals(c, only(c.encode().latin1()));
        assertEquals(b("+LOADCONF\r\n.\r\n"), Command.multiLine("+LOADCONF", "", "").encode());
    }
}
