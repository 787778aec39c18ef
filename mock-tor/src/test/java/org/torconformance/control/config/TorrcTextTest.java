package org.torconformance.control.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Torrc line syntax as tor's config_get_lines reads it (the cases LOADCONF was checked with on tor 0.4.9.11). */
class TorrcTextTest {
    static List<OptionAssignment> parse(String text) {
        return TorrcText.parse(text).orElseThrow();
    }

    @Test
    void commentsBlankLinesAndTrailingSpace() {
        assertEquals(List.of(OptionAssignment.of("ContactInfo", "a b"), OptionAssignment.of("Nickname", "")),
                parse("# full comment\n\n   ContactInfo   a b   # trailing comment\nNickname\n"));
    }

    @Test
    void quotedValuesAreCStrings() {
        assertEquals(List.of(OptionAssignment.of("ContactInfo", "quoted # value\n")),
                parse("ContactInfo \"quoted # value\\n\"  # comment\r\n"));
    }

    @Test
    void refusedText() {
        assertTrue(TorrcText.parse("ContactInfo \"abc\n").isEmpty(), "unterminated");
        assertTrue(TorrcText.parse("ContactInfo \"abc\" junk\n").isEmpty(), "excess data after quoted string");
        assertTrue(TorrcText.parse("ContactInfo \"a\\qc\"\n").isEmpty(), "invalid escape");
    }

    @Test
    void continuationLinesJoinAndDropCommentLines() {
        assertEquals(List.of(OptionAssignment.of("MaxCircuitDirtiness", "5  minutes"), OptionAssignment.of("Next", "1")),
                parse("MaxCircuitDirtiness 5 \\\n# dropped comment line\n minutes\nNext 1\n"));
    }

    /** Tor 0.4.9.11 saves {@code ContactInfo abc\} unquoted, and reading it back swallows the next line. */
    @Test
    void aTrailingBackslashContinuesTheLine() {
        assertEquals(List.of(OptionAssignment.of("ContactInfo", "abcNickname x")), parse("ContactInfo abc\\\nNickname x\n"));
    }

    @Test
    void appendAndClearPrefixes() {
        assertEquals(List.of(new OptionAssignment("ExitPolicy", "accept *:1", OptionAssignment.Command.APPEND),
                new OptionAssignment("ContactInfo", "", OptionAssignment.Command.CLEAR)), parse("+ExitPolicy accept *:1\n/ContactInfo\n"));
    }

    @Test
    void includeLinesAreKeptForExpansion() {
        assertEquals(List.of(OptionAssignment.of("%include", "/etc/torrc.d")), parse("%include /etc/torrc.d\n"));
    }
}
