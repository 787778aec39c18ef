package org.torconformance.socks.route;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.TorAddresses;

/**
 * The text form of routes, one rule per string:
 *
 * <pre>
 * RULE     = PATTERN "->" ACTION
 * PATTERN  = "*" | "*." NAME | NAME | IPV4 | IPV6 | ADDRESS "/" BITS
 * ACTION   = "connect 127.0.0.1" [":" PORT] ["as" ADDRESS]
 *                                                   (no port: the port the client asked for; ADDRESS: what
 *                                                   the name resolves to, 127.0.0.1 without one)
 *          | "refuse" ( "unreachable" | DECIMAL | REASON-NAME | "0x" HEX [DECIMAL | REASON-NAME] )
 *          | "resolve" ( IPV4 | IPV6 | NAME )
 *          | "delay" DURATION "then" ACTION         (DURATION: 250ms, 2s, 1m, 1h)
 *          | "fault" ( "close" | "reset" | "garbage" [HEX] | "no-reply" )
 * </pre>
 *
 * A decimal refusal is an END reason, as CLOSESTREAM takes it ({@code refuse 4} is EXITPOLICY, REP 02); a
 * hex one is the SOCKS5 reply code the client gets ({@code refuse 0x04}, {@code refuse 0xF2}), optionally
 * followed by the END reason to use where ExtendedErrors is off. {@code connect} only accepts 127.0.0.1.
 */
public final class RouteParser {
    private RouteParser() {
    }

    public static Route parse(String text) {
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("a route is 'PATTERN -> ACTION', got '" + text + "'");
        }
        HostPattern pattern = HostPattern.parse(text.substring(0, arrow));
        List<String> words = words(text.substring(arrow + 2));
        RouteAction action = action(words, text);
        return new Route(pattern, action);
    }

    private static RouteAction action(List<String> words, String rule) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("missing action in '" + rule + "'");
        }
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        return switch (verb) {
            case "connect" -> connect(args);
            case "refuse" -> new RouteAction.Refuse(refusal(args));
            case "resolve" -> new RouteAction.Resolve(answer(one(args, "resolve ADDRESS|NAME")));
            case "delay" -> delay(args, rule);
            case "fault" -> fault(args);
            default -> throw new IllegalArgumentException("unknown action '" + words.get(0)
                    + "' (connect, refuse, resolve, delay, fault)");
        };
    }

    private static RouteAction connect(List<String> args) {
        String usage = "connect 127.0.0.1[:PORT] [as ADDRESS]";
        boolean withAddress = args.size() == 3 && args.get(1).equalsIgnoreCase("as");
        if (args.size() != 1 && !withAddress) {
            throw new IllegalArgumentException("expected '" + usage + "'");
        }
        String target = args.get(0);
        String host = target;
        OptionalInt port = OptionalInt.empty();
        int colon = target.lastIndexOf(':');
        if (colon >= 0) {
            host = target.substring(0, colon);
            port = OptionalInt.of(number(target.substring(colon + 1), "port"));
        }
        if (!host.equals(RouteAction.LOOPBACK)) {
            throw new IllegalArgumentException("connect only reaches " + RouteAction.LOOPBACK + ", not '" + host
                    + "': the mock never sends traffic off this machine");
        }
        RouteAction.Connect connect = new RouteAction.Connect(port);
        if (!withAddress) {
            return connect;
        }
        SocksAddress address = TorAddresses.parse(args.get(2)).orElseThrow(() -> new IllegalArgumentException(
                "'as' takes the IPv4 or IPv6 address the name resolves to, got '" + args.get(2) + "'"));
        return connect.as(address);
    }

    private static Refusal refusal(List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException("refuse takes 'unreachable', an END reason, or 0xREP [REASON]");
        }
        String first = args.get(0);
        if (first.regionMatches(true, 0, "0x", 0, 2)) {
            int code = hexByte(first.substring(2));
            Refusal.WithReplyCode withCode = Refusal.WithReplyCode.of(code);
            return args.size() == 2 ? new Refusal.WithReplyCode(withCode.code(), reason(args.get(1))) : withCode;
        }
        if (args.size() != 1) {
            throw new IllegalArgumentException("only a 0xREP refusal takes a second word");
        }
        if (first.equalsIgnoreCase("unreachable")) {
            return new Refusal.Unreachable();
        }
        return new Refusal.WithReason(reason(first));
    }

    /** An END reason: decimal, or a name as STREAM events print it (EXITPOLICY, SOCKS_PROTOCOL, ...). */
    static EndReason reason(String word) {
        if (!word.isEmpty() && word.chars().allMatch(Character::isDigit)) {
            return new EndReason(number(word, "END reason", 0, 65535));
        }
        String name = word.toUpperCase(Locale.ROOT);
        if (name.equals("ENTRYPOLICY")) {
            return EndReason.ENTRYPOLICY;
        }
        for (int code = 0; code <= 263; code++) {
            EndReason reason = new EndReason(code);
            if (reason.controlName().equals(name) || reason.controlName().replace("_", "").equals(name)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown END reason '" + word + "'");
    }

    private static SocksAddress answer(String text) {
        Optional<SocksAddress> ip = TorAddresses.parse(text);
        if (ip.isPresent()) {
            return ip.get();
        }
        return SocksAddress.hostname(HostNames.requireHostname(text));
    }

    private static RouteAction delay(List<String> args, String rule) {
        if (args.size() < 3 || !args.get(1).equalsIgnoreCase("then")) {
            throw new IllegalArgumentException("delay is 'delay DURATION then ACTION'");
        }
        return new RouteAction.Delay(duration(args.get(0)), action(args.subList(2, args.size()), rule));
    }

    private static RouteAction fault(List<String> args) {
        if (args.isEmpty() || args.size() > 2) {
            throw new IllegalArgumentException("fault is 'fault close|reset|garbage [HEX]|no-reply'");
        }
        FaultKind kind = switch (args.get(0).toLowerCase(Locale.ROOT)) {
            case "close" -> FaultKind.CLOSE;
            case "reset" -> FaultKind.RESET;
            case "garbage" -> FaultKind.GARBAGE;
            case "no-reply" -> FaultKind.NO_REPLY;
            default -> throw new IllegalArgumentException("unknown fault '" + args.get(0) + "'");
        };
        if (args.size() == 2) {
            if (kind != FaultKind.GARBAGE) {
                throw new IllegalArgumentException("only 'fault garbage' takes bytes");
            }
            try {
                return new RouteAction.Fault(kind, HexFormat.of().parseHex(args.get(1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("garbage bytes must be hex, got '" + args.get(1) + "'");
            }
        }
        return RouteAction.Fault.of(kind);
    }

    static Duration duration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String unit = t.endsWith("ms") ? "ms" : t.isEmpty() ? "" : t.substring(t.length() - 1);
        String digits = t.substring(0, t.length() - unit.length());
        if (!List.of("ms", "s", "m", "h").contains(unit) || digits.isEmpty() || digits.length() > 9
                || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a duration is a whole number with ms, s, m or h: '" + text + "'");
        }
        long n = Long.parseLong(digits);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static String one(List<String> args, String usage) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("expected '" + usage + "'");
        }
        return args.get(0);
    }

    private static int hexByte(String hex) {
        try {
            int v = Integer.parseInt(hex, 16);
            if (v >= 0 && v <= 0xff && !hex.isEmpty() && hex.length() <= 2) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a reply code is one hex byte, got '0x" + hex + "'");
    }

    private static int number(String digits, String what) {
        return number(digits, what, 1, 65535);
    }

    private static int number(String digits, String what, int min, int max) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be " + min + "-" + max + ", got '" + digits + "'");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
