package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.torconformance.wire.Bytes.b;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts §1.4: QuotedString, CString, esc_for_log and kvline. */
class StringCodecTest {
    @Test
    @DisplayName("facts §1.4: esc_for_log of a SOCKS password with a quote")
    void escForLogExample() {
        assertEquals(b("\"s3cr\\\"t\""), EscForLog.escape("s3cr\"t"));
    }

    @DisplayName("facts §1.4: esc_for_log rules")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            backslash, quote, apostrophe  | a\\"'        | `"a\\\\\\"\\'"`
            spaces stay literal           | a b         | `"a b"`
            """)
    void escForLog(String why, String in, String out) {
        assertEquals(b(out), EscForLog.escape(in));
    }

    @Test
    @DisplayName("facts §1.4: esc_for_log writes LF/TAB/CR as letters, other bytes as 3-digit octal")
    void escForLogControlAndHighBytes() {
        assertEquals(b("\"\\n\\t\\r\\000\\001\\177\\200\\377\""),
                EscForLog.escape(b("\n\t\r\0\u0001\u007f\u0080\u00ff")));
    }

    @Test
    @DisplayName("facts §1.4: decode_qstring: \\X means X (AUTHENTICATE \"f\\oo\" is foo)")
    void quotedString() {
        assertEquals(new Decoded(b("foo"), 6), QuotedString.decode(b("\"f\\oo\""), 0));
        assertEquals(b("a\"b\\c"), QuotedString.decode(QuotedString.encode(b("a\"b\\c")), 0).value());
        assertThrows(WireFormatException.class, () -> QuotedString.decode(b("\"unterminated"), 0));
        assertThrows(WireFormatException.class, () -> QuotedString.decode(b("\"ends in backslash\\"), 0));
    }

    @Test
    @DisplayName("facts §1.4: unescape_string (SETCONF values)")
    void strictCString() {
        assertEquals(b("a\nb"), CString.decodeStrict(b("\"a\\nb\""), 0).value());
        assertEquals(b("\u0001A\u00ff?"), CString.decodeStrict(b("\"\\1\\x41\\377\\?\""), 0).value());
        assertEquals(b("\u00077"), CString.decodeStrict(b("\"\\0077\""), 0).value(), "at most three octal digits");
        for (String bad : List.of("\"\\q\"", "\"\\400\"", "\"\\x4\"", "\"a\nb\"", "\"a\0b\"", "\"open")) {
            assertThrows(WireFormatException.class, () -> CString.decodeStrict(b(bad), 0), bad);
        }
    }

    @Test
    @DisplayName("facts §1.4 / §8.12: lenient decoding of what tor writes")
    void lenientCString() {
        assertEquals(b("s3cr\"t"), CString.decodeLenient(b("\"s3cr\\\"t\"")));
        assertEquals(b("\n\t\r\u0006\u00ffq'"), CString.decodeLenient(b("\"\\n\\t\\r\\006\\377\\q\\'\"")));
        assertEquals(b("Loading relay descriptors"), CString.decodeLenient(b("\"Loading relay descriptors\"")));
        assertThrows(WireFormatException.class, () -> CString.decodeLenient(b("\"\"\\006\\001\"\"")));
    }

    @Test
    @DisplayName("kvline_parse: forms, flags and errors")
    void kvlineParse() {
        Set<KvLine.Flag> q = EnumSet.of(KvLine.Flag.QUOTED);
        assertEquals(List.of(KvLine.Entry.of("A", "1"), KvLine.Entry.of("B", "x y")), KvLine.parse(b("A=1 B=\"x y\""), q));
        assertEquals(List.of(KvLine.Entry.of("K", "a"), KvLine.Entry.of("B", "c")),
                KvLine.parse(b("K=\"a\"B=c"), q), "a quoted value need not be followed by a space");
        assertEquals(List.of(KvLine.Entry.of("", "bare")), KvLine.parse(b("bare"), EnumSet.of(KvLine.Flag.OMIT_KEYS)));
        assertThrows(WireFormatException.class, () -> KvLine.parse(b("bare"), Set.of()));
        assertThrows(WireFormatException.class, () -> KvLine.parse(b("=Foo"), Set.of()));
        assertThrows(WireFormatException.class, () -> KvLine.parse(b("A=\"x\""), Set.of()), "quotes need a QUOTED flag");
        assertThrows(WireFormatException.class, () -> KvLine.parse(b("A=it's"), Set.of()), "unencodable without QUOTED");
        assertEquals(List.of(KvLine.Entry.of("A", "f\\oo")), KvLine.parse(b("A=\"f\\\\oo\""), EnumSet.of(KvLine.Flag.QUOTED_QSTRING)));
    }

    @Test
    @DisplayName("kvline_encode: quotes what needs it with esc_for_log")
    void kvlineEncode() {
        assertEquals(b("A=1 B=\"x y\""), KvLine.encode(List.of(KvLine.Entry.of("A", "1"), KvLine.Entry.of("B", "x y")), KvLine.Flag.QUOTED));
        assertEquals(b("Log"), KvLine.encode(List.of(KvLine.Entry.of("Log", "")), KvLine.Flag.OMIT_VALS));
        assertThrows(IllegalArgumentException.class, () -> KvLine.encode(List.of(KvLine.Entry.of("B", "x y"))));
    }
}
