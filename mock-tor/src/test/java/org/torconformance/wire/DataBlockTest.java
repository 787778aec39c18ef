package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.torconformance.wire.Bytes.b;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts §1.3: tor's encoder, byte for byte, and §1.1's read_escaped_data. */
class DataBlockTest {
    @DisplayName("facts §1.3: write_escaped_data")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            appends CRLF when missing            | a            | a\\r\\n.\\r\\n
            LF becomes CRLF                      | a\\n         | a\\r\\n.\\r\\n
            existing CRLF kept                   | a\\r\\n      | a\\r\\n.\\r\\n
            every line-initial dot doubled       | .x\\n..y\\nz. | ..x\\r\\n...y\\r\\nz.\\r\\n.\\r\\n
            a lone dot                           | .            | ..\\r\\n.\\r\\n
            lone CR passes through raw           | a\\rb\\n     | a\\rb\\r\\n.\\r\\n
            empty value: blank line, terminator  | ''           | \\r\\n.\\r\\n
            value that is just CRLF looks the same| \\r\\n       | \\r\\n.\\r\\n
            leading LF stays bare (tor bug)      | \\nx         | \\nx\\r\\n.\\r\\n
            """)
    void encodesLikeTor(String why, String value, String wire) {
        assertEquals(b(unescape(wire)), DataBlock.encode(b(unescape(value))));
    }

    @DisplayName("reply data decodes to lines joined by LF, one leading dot removed")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain                    | a\\r\\n                 | a
            doubled dots             | ..x\\r\\n...y\\r\\nz.\\r\\n | .x\\n..y\\nz.
            line that is two dots    | ..\\r\\n                | .
            blank line is empty      | \\r\\n                  | ''
            bare LF line (tor bug)   | \\nx\\r\\n              | \\nx
            lone CR kept             | a\\rb\\r\\n             | a\\rb
            one CR stripped per line | a\\r\\r\\n              | a\\r
            """)
    void decodesReplyData(String why, String wire, String value) {
        assertEquals(b(unescape(value)), DataBlock.decodeReplyData(b(unescape(wire))));
    }

    @DisplayName("facts §1.1: read_escaped_data on a +COMMAND body")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            CRLF becomes LF, LF kept     | a\\r\\nb\\r\\n   | a\\nb\\n
            bare LF lines work           | a\\nb\\n         | a\\nb\\n
            one leading dot removed      | ..x\\r\\n.y\\r\\n | .x\\ny\\n
            lone CR kept                 | a\\rb\\r\\n      | a\\rb\\n
            empty body                   | ''              | ''
            a blank line                 | \\r\\n           | \\n
            """)
    void decodesCommandBody(String why, String wire, String value) {
        assertEquals(b(unescape(value)), DataBlock.decodeCommandBody(b(unescape(wire))));
    }

    @DisplayName("normalize says what a reader gets back")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            trailing LF dropped            | a\\n   | a
            CRLF read as LF                | a\\r\\nb | a\\nb
            leading LF kept                | \\nx   | \\nx
            a lone LF survives (quirk)     | \\n    | \\n
            CRLF alone reads as empty      | \\r\\n | ''
            """)
    void normalizes(String why, String value, String expected) {
        assertEquals(b(unescape(expected)), DataBlock.normalize(b(unescape(value))));
    }

    /** CSV cells spell CR, LF as \r, \n. */
    static String unescape(String s) {
        return s == null ? "" : s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
