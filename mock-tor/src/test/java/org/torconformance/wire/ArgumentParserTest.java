package org.torconformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.torconformance.wire.Bytes.b;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Facts §1.1, §1.4, §1.5: tor's generic argument parser and its 512 reasons. */
class ArgumentParserTest {
    static ParsedArguments ok(String args, CommandSyntax syntax) {
        ArgumentParser.Result r = ArgumentParser.parse(Command.of("X", args), syntax);
        return assertInstanceOf(ArgumentParser.Parsed.class, r, r::toString).arguments();
    }

    static String fails(Command command, CommandSyntax syntax) {
        return assertInstanceOf(ArgumentParser.Failed.class, ArgumentParser.parse(command, syntax)).reason();
    }

    @Test
    @DisplayName("facts §1.1: split on SPACE only, runs of spaces collapse, TAB inside an argument stays")
    void splitting() {
        CommandSyntax any = CommandSyntax.anyPositional();
        assertEquals(List.of(b("version"), b("process/pid")), ok("version    process/pid\t", any).positional());
        assertEquals(List.of(b("version\tprocess/pid")), ok("version\tprocess/pid", any).positional());
    }

    @Test
    @DisplayName("facts §1.1: a NUL truncates the arguments")
    void nulTruncates() {
        assertEquals(List.of(b("ver")), ok("ver\0sion", CommandSyntax.anyPositional()).positional());
    }

    @Test
    @DisplayName("facts §1.5: Need at least / Cannot accept more than")
    void counts() {
        CommandSyntax signal = CommandSyntax.positional(1, 1);
        assertEquals("Need at least 1 argument(s)", fails(Command.of("SIGNAL", ""), signal));
        assertEquals("Cannot accept more than 1 argument(s)", fails(Command.of("SIGNAL", "A B"), signal));
        assertEquals("Cannot accept more than 0 argument(s)", fails(Command.of("DROPGUARDS", "x"), CommandSyntax.positional(0, 0)));
    }

    @Test
    @DisplayName("facts §1.4: keyword arguments follow the positional ones; unknown names are refused")
    void keywords() {
        CommandSyntax attach = CommandSyntax.positional(2, 2).withKeywords(Set.of(), "HOP");
        ParsedArguments a = ok("5 7 HOP=2", attach);
        assertEquals(List.of(b("5"), b("7")), a.positional());
        assertEquals(b("2"), a.keyword("hop").orElseThrow());
        assertEquals("Unrecognized keyword argument \"FOO\"", fails(Command.of("ATTACHSTREAM", "5 7 FOO=1"), attach));
        assertEquals("Cannot parse keyword argument(s)", fails(Command.of("ATTACHSTREAM", "5 7 =1"), attach));
    }

    @Test
    @DisplayName("facts §1.4: SETCONF-style quoted values are C strings")
    void quotedKeywords() {
        CommandSyntax setconf = CommandSyntax.positional(0, 0)
                .withKeywords(EnumSet.of(KvLine.Flag.QUOTED, KvLine.Flag.OMIT_VALS));
        ParsedArguments a = ok("ContactInfo=\"a\\nb\" Log ORPort=1", setconf);
        assertEquals(List.of(KvLine.Entry.of("ContactInfo", "a\nb"), KvLine.Entry.of("Log", ""),
                KvLine.Entry.of("ORPort", "1")), a.keywords());
        assertEquals("Cannot parse keyword argument(s)", fails(Command.of("SETCONF", "ContactInfo=\"a\\qb\""), setconf));
    }

    @Test
    @DisplayName("facts §1.1: a body-wanting command with an empty body fails with 'Empty body'")
    void emptyBody() {
        CommandSyntax loadconf = CommandSyntax.positional(0, 0).withBody();
        assertEquals("Empty body", fails(Command.multiLine("+LOADCONF", "", ""), loadconf));
        ArgumentParser.Result r = ArgumentParser.parse(Command.multiLine("+LOADCONF", "", "x\n"), loadconf);
        assertEquals(b("x\n"), assertInstanceOf(ArgumentParser.Parsed.class, r).arguments().body().orElseThrow());
    }

    @Test
    @DisplayName("the last positional slot takes the remainder when keywords are accepted")
    void remainderGoesToKeywords() {
        CommandSyntax extend = CommandSyntax.positional(1, 2).withKeywords(Set.of(), "purpose");
        ParsedArguments a = ok("0 $A,$B purpose=general", extend);
        assertEquals(List.of(b("0"), b("$A,$B")), a.positional());
        assertEquals(b("general"), a.keyword("PURPOSE").orElseThrow());
    }
}
