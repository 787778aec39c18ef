package org.torconformance.gen;

import static org.torconformance.wire.Ascii.isSpace;

import java.util.List;
import java.util.Optional;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;

/**
 * Commands as controllers send them (and as they should not): known keywords in any case, unknown
 * ones, positional and keyword arguments with quoting, multi-line bodies with dot lines.
 */
public final class CommandGenerators {
    private CommandGenerators() {
    }

    public static final List<String> SINGLE_LINE = List.of("GETINFO", "SETCONF", "RESETCONF", "GETCONF", "SETEVENTS",
            "AUTHENTICATE", "SAVECONF", "SIGNAL", "MAPADDRESS", "EXTENDCIRCUIT", "SETCIRCUITPURPOSE", "SETROUTERPURPOSE",
            "ATTACHSTREAM", "REDIRECTSTREAM", "CLOSESTREAM", "CLOSECIRCUIT", "QUIT", "USEFEATURE", "RESOLVE",
            "PROTOCOLINFO", "TAKEOWNERSHIP", "DROPOWNERSHIP", "AUTHCHALLENGE", "DROPGUARDS", "DROPTIMEOUTS", "HSFETCH",
            "ADD_ONION", "DEL_ONION", "ONION_CLIENT_AUTH_ADD", "ONION_CLIENT_AUTH_REMOVE", "ONION_CLIENT_AUTH_VIEW");
    public static final List<String> MULTI_LINE = List.of("+LOADCONF", "+POSTDESCRIPTOR", "+HSPOST");

    private static final List<String> ARG_PIECES = List.of("version", "config-text", "x", "=", "Key=Value",
            "\"quoted value\"", "\"esc\\\"aped\"", "\\", "\t", "\r", "\u00e9", "\u00ff", "NEWNYM", "0", "$AAAA", " ",
            "purpose=general", "HOP=1", "\u0000");

    public static Generator<Command> command() {
        return c -> {
            if (c.chance(15)) {
                c.note("command:multi-line");
                String kw = randomCase(c, c.pick(MULTI_LINE));
                return new Command(ByteString.latin1(kw), arguments().generate(c), Optional.of(body().generate(c)));
            }
            String kw;
            if (c.chance(10)) {
                c.note("command:unknown-keyword");
                kw = c.pick(List.of("FOO", "GETINFOX", "", "BAR_BAZ", "LOADCONF"));
            } else {
                kw = randomCase(c, c.pick(SINGLE_LINE));
            }
            return new Command(ByteString.latin1(kw), arguments().generate(c), Optional.empty());
        };
    }

    private static String randomCase(Choices c, String keyword) {
        if (!c.chance(20)) {
            return keyword;
        }
        c.note("command:mixed-case");
        StringBuilder sb = new StringBuilder(keyword.length());
        for (char ch : keyword.toCharArray()) {
            sb.append(c.chance(50) ? Character.toLowerCase(ch) : ch);
        }
        return sb.toString();
    }

    /** Argument text: no LF, and no leading whitespace (tor would skip it, so it could not round-trip). */
    public static Generator<ByteString> arguments() {
        return c -> {
            ByteStringBuilder out = new ByteStringBuilder();
            int n = c.between(0, 6);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(c.pick(ARG_PIECES));
            }
            ByteString s = out.build();
            int start = 0;
            while (start < s.length() && isSpace(s.at(start))) {
                start++;
            }
            return s.slice(start);
        };
    }

    /** A body as tor decodes it: complete lines, each ending in LF. */
    public static Generator<ByteString> body() {
        List<String> lines = List.of("SocksPort 0", "", ".", "..", ".hidden", "Log notice stdout", "a\rb", "trailing CR\r",
                "router x 127.0.0.1 9001 0 0", "\u00e9");
        return c -> {
            ByteStringBuilder out = new ByteStringBuilder();
            int n = c.between(0, 6);
            for (int i = 0; i < n; i++) {
                String line = c.pick(lines);
                if (line.startsWith(".")) {
                    c.note("body:dot-line");
                }
                out.append(line).append('\n');
            }
            return out.build();
        };
    }

}
