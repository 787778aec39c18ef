package org.torconformance.conformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

/** The journal's client bytes cut into commands as tor cuts them. */
class SentCommandsTest {
    static List<String> split(String stream) {
        return SentCommands.split(ByteString.latin1(stream)).stream().map(ByteString::latin1).toList();
    }

    @Test
    void singleLineCommandsEndAtEachLineFeedKeepingTheirLineEnding() {
        assertEquals(List.of("GETINFO version\r\n", "SIGNAL NEWNYM\n", "QUIT\r\n"), split("GETINFO version\r\nSIGNAL NEWNYM\nQUIT\r\n"));
    }

    @Test
    void aPlusCommandRunsToItsLoneDotLineAndDoubledDotsDoNotEndIt() {
        assertEquals(List.of("+LOADCONF\r\n..\r\n..x\r\n.\r\n", "GETINFO version\r\n"),
                split("+LOADCONF\r\n..\r\n..x\r\n.\r\nGETINFO version\r\n"));
    }

    @Test
    void anUnfinishedCommandIsKeptAsItIs() {
        assertEquals(List.of("SETCONF A=1\r\n", "GETIN"), split("SETCONF A=1\r\nGETIN"));
    }

    @Test
    void keywordsAreComparedAsTorDoes() {
        assertEquals("+HSPOST", SentCommands.keyword(ByteString.latin1("+hspost HSADDRESS=x\r\n")));
        assertEquals("", SentCommands.keyword(ByteString.latin1(" GETINFO x\r\n")));
    }
}
