package org.torconformance.cli.dropin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TorrcParserTest {
    private static List<ConfigLine> parse(String text) throws TorConfigException {
        return TorrcParser.parse(text);
    }

    private static ConfigLine set(String key, String value) {
        return new ConfigLine(key, value, ConfigLine.Op.SET);
    }

    @Test
    @DisplayName("keys and values, blank lines, comments and trailing blanks")
    void plainLines() throws Exception {
        assertEquals(List.of(set("SocksPort", "0"), set("ControlPort", "127.0.0.1:9051"), set("Log", "notice stdout")),
                parse("# a torrc\n\n  SocksPort 0\nControlPort\t127.0.0.1:9051   # the control port\r\nLog notice stdout  \n"));
    }

    @Test
    @DisplayName("a key alone has an empty value; +Key appends and /Key clears")
    void keyForms() throws Exception {
        assertEquals(List.of(set("DisableNetwork", ""), new ConfigLine("Log", "info file /tmp/x", ConfigLine.Op.APPEND),
                new ConfigLine("SocksPort", "", ConfigLine.Op.CLEAR)), parse("DisableNetwork\n+Log info file /tmp/x\n/SocksPort\n"));
    }

    @Test
    @DisplayName("a backslash before the newline continues the value, blanks kept; comment lines inside are skipped")
    void continuation() throws Exception {
        assertEquals(List.of(set("ControlPort", "  9051"), set("ExitPolicy", "reject *:25,   accept *:*"), set("Next", "1")),
                parse("ControlPort \\\n  9051\nExitPolicy reject *:25, \\\n# not this\n  accept *:*\nNext 1\n"));
    }

    @Test
    @DisplayName("a quoted value is a C string; only blanks or a comment may follow it")
    void quotedValues() throws Exception {
        assertEquals(List.of(set("DataDirectory", "/tmp/with space/\"q\"\t"), set("Nickname", "x")),
                parse("DataDirectory \"/tmp/with space/\\\"q\\\"\\t\"  # comment\nNickname \"x\"\r\n"));
        assertEquals("Error while parsing configuration: Excess data after quoted string",
                assertThrows(TorConfigException.class, () -> parse("A \"b\" c\n")).warnings().get(0));
        assertEquals("Error while parsing configuration: Invalid escape sequence in quoted string",
                assertThrows(TorConfigException.class, () -> parse("ControlPort \"9998\n")).warnings().get(0));
    }

    @Test
    @DisplayName("%include is an ordinary key to the parser")
    void includeLine() throws Exception {
        assertEquals(List.of(set("%include", "/etc/tor/torrc.d/*.conf")), parse("%include /etc/tor/torrc.d/*.conf\n"));
    }
}
