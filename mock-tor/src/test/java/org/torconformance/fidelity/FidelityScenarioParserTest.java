package org.torconformance.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

class FidelityScenarioParserTest {
    static ByteString b(String latin1) {
        return ByteString.latin1(latin1);
    }

    static ScenarioFile parse(String text) {
        return ScenarioParser.parse("t", text);
    }

    @Test
    void theExampleOfArchMdParses() {
        ScenarioFile f = parse("""
                @torrc DisableNetwork 1          # file-level: extra torrc lines for both tor and mock
                @auth cookie                     # file-level: none | cookie | password:SECRET

                scenario: getinfo unknown key     # one scenario = one fresh, authenticated connection
                > GETINFO version nosuch          # '>' sends the text + CRLF; escapes \\r \\n \\t \\0 \\xHH \\\\ allowed
                > GETINFO ver\\rsion

                scenario: pre-auth http probe
                @preauth                          # do not authenticate first
                >> GET / HTTP/1.0\\r\\n\\r\\n         # '>>' sends the bytes exactly (no CRLF added)
                """);
        assertEquals(List.of("DisableNetwork 1"), f.torrc());
        assertEquals(new ScenarioAuth.Cookie(), f.auth());
        assertEquals(2, f.scenarios().size());
        Scenario first = f.scenarios().get(0);
        assertEquals("getinfo unknown key", first.name());
        assertFalse(first.preauth());
        assertEquals(b("GETINFO version nosuch\r\n"), first.exchanges().get(0).bytes());
        assertEquals(b("GETINFO ver\rsion\r\n"), first.exchanges().get(1).bytes());
        Scenario second = f.scenarios().get(1);
        assertTrue(second.preauth());
        assertEquals(b("GET / HTTP/1.0\r\n\r\n"), second.exchanges().get(0).bytes());
        assertEquals(Exchange.Kind.RAW, second.exchanges().get(0).kind());
    }

    @Test
    void theSyntaxExampleOfTheReadmeParses() throws Exception {
        String readme = java.nio.file.Files.readString(ScenarioFiles.directory().resolve("README.md"));
        int section = readme.indexOf("## Syntax");
        int start = readme.indexOf("```\n", section) + 4;
        String example = readme.substring(start, readme.indexOf("```", start));
        ScenarioFile f = parse(example);
        assertEquals(List.of("getinfo unknown key", "pre-auth http probe", "a multi-line command", "slow and dangerous"),
                f.scenarios().stream().map(Scenario::name).toList());
        assertEquals(b("+POSTDESCRIPTOR purpose=general\r\nrouter x\r\n.\r\n"), f.scenarios().get(2).exchanges().get(0).bytes());
        assertEquals(Optional.of("SIGNAL HALT would stop the live tor"), f.scenarios().get(3).skipLive());
        assertEquals(Optional.of(1000), f.scenarios().get(3).exchanges().get(0).quiet());
    }

    @Test
    void unknownSlotsAreRefused() {
        assertError("t:3: unknown \\(password)", "@auth none\nscenario: s\n> AUTHENTICATE \\(password)\n");
    }

    @Test
    void escapesAndRepeat() {
        ScenarioFile f = parse("@auth none\nscenario: s\n>> a\\0b\\t\\x7f\\xFF\\\\c\\n\n> x\\{5}y\n");
        assertEquals(b("a\0b\t\u007f\u00ff\\c\n"), f.scenarios().get(0).exchanges().get(0).bytes());
        assertEquals(b("xxxxxy\r\n"), f.scenarios().get(0).exchanges().get(1).bytes());
    }

    @Test
    void nonAsciiCharactersAreSentAsUtf8() {
        ScenarioFile f = parse("@auth none\nscenario: s\n>> é€\n");
        assertEquals(ByteString.utf8("é€"), f.scenarios().get(0).exchanges().get(0).bytes());
    }

    @Test
    void oneSpaceSeparatesTheMarkerAndMoreSpacesAreSent() {
        ScenarioFile f = parse("@auth none\nscenario: s\n>   GETINFO x\n>GETINFO y\n>\n>  \n> a\\x20\n");
        List<Exchange> e = f.scenarios().get(0).exchanges();
        assertEquals(b("  GETINFO x\r\n"), e.get(0).bytes());
        assertEquals(b("GETINFO y\r\n"), e.get(1).bytes());
        assertEquals(b("\r\n"), e.get(2).bytes(), "an empty > line sends just CRLF");
        assertEquals(b("\r\n"), e.get(3).bytes(), "trailing blanks are not sent");
        assertEquals(b("a \r\n"), e.get(4).bytes(), "\\x20 sends a trailing space");
    }

    @Test
    void hashAfterWhitespaceStartsACommentButNotInsideAWord() {
        ScenarioFile f = parse("@auth none\nscenario: s\n> SETCONF ContactInfo=a#b  # comment\n> x \\x23 y\n");
        assertEquals(b("SETCONF ContactInfo=a#b\r\n"), f.scenarios().get(0).exchanges().get(0).bytes());
        assertEquals(b("x # y\r\n"), f.scenarios().get(0).exchanges().get(1).bytes());
    }

    @Test
    void continuationLinesMakeOneMultiLineCommand() {
        ScenarioFile f = parse("@auth none\nscenario: s\n> +LOADCONF\n| SocksPort 0\n|\n| .\n> GETINFO version\n");
        List<Exchange> e = f.scenarios().get(0).exchanges();
        assertEquals(2, e.size());
        assertEquals(b("+LOADCONF\r\nSocksPort 0\r\n\r\n.\r\n"), e.get(0).bytes());
    }

    @Test
    void quietIsStickyUntilChangedAndTheFileHasADefault() {
        ScenarioFile f = parse("@auth none\n@quiet 300\nscenario: s\n> a\n@quiet 500\n> b\n> c\n@quiet default\n> d\n");
        assertEquals(Optional.of(300), f.quiet());
        List<Exchange> e = f.scenarios().get(0).exchanges();
        assertEquals(List.of(Optional.empty(), Optional.of(500), Optional.of(500), Optional.empty()),
                e.stream().map(Exchange::quiet).toList());
    }

    @Test
    void scenarioDirectives() {
        ScenarioFile f = parse("@auth password:foo\nscenario: s\n@preauth\n@skip-live crashes tor\n> a\n@expect-close\n");
        Scenario s = f.scenarios().get(0);
        assertTrue(s.preauth());
        assertTrue(s.expectClose());
        assertEquals(Optional.of("crashes tor"), s.skipLive());
    }

    @Test
    void passwordAuthGetsAFixedHashOrTheGivenOne() {
        ScenarioAuth a = parse("@auth password:foo\nscenario: s\n> a\n").auth();
        ScenarioAuth again = parse("@auth password:foo\nscenario: s\n> a\n").auth();
        assertEquals(a, again, "the same hash every time, so both targets and every run agree");
        String spec = "16:660537E3E1CD49996044A3BF558097A981F539FEA2F9DA662B4626C1C2";
        assertEquals(new ScenarioAuth.Password("foo", spec), parse("@auth password:foo " + spec + "\nscenario: s\n> a\n").auth());
        assertThrows(ScenarioSyntaxException.class, () -> parse("@auth password:bar " + spec + "\nscenario: s\n> a\n"),
                "a hash of another password is refused");
    }

    @Test
    void errorsNameTheLine() {
        assertError("t:3: unknown directive @nope", "@auth none\nscenario: s\n@nope\n> a\n");
        assertError("t:2: an exchange before the first scenario:", "@auth none\n> a\n");
        assertError("t:3: @torrc belongs before the first scenario:", "@auth none\nscenario: s\n@torrc X 1\n> a\n");
        assertError("t:2: @preauth belongs inside a scenario", "@auth none\n@preauth\n");
        assertError("t:3: | continues a > line", "@auth none\nscenario: s\n| a\n");
        assertError("t:4: | continues a > line", "@auth none\nscenario: s\n>> a\n| b\n");
        assertError("t:3: unknown escape \\q", "@auth none\nscenario: s\n> a\\q\n");
        assertError("t:3: \\x needs two hex digits", "@auth none\nscenario: s\n> a\\x4\n");
        assertError("t:3: \\{N} needs a byte before it", "@auth none\nscenario: s\n> \\{3}\n");
        assertError("t:3: @quiet needs milliseconds", "@auth none\nscenario: s\n@quiet 0\n> a\n");
        assertError("t:3: scenario 's' has no exchanges", "@auth none\nscenario: s\nscenario: t\n> a\n");
        assertError("t:2: expected scenario:", "@auth none\nGETINFO x\n");
        assertError("t: no @auth line", "scenario: s\n> a\n");
        assertThrows(IllegalArgumentException.class, () -> parse("@auth none\nscenario: s\n> a\nscenario: s\n> b\n"),
                "names are unique within a file");
    }

    private static void assertError(String expectedPrefix, String text) {
        ScenarioSyntaxException e = assertThrows(ScenarioSyntaxException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith(expectedPrefix), () -> "message: " + e.getMessage());
    }
}
