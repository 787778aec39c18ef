package org.torconformance.socks.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.Socks5ReplyCode;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.StreamOutcome;

class RouteParserTest {
    @Test
    @DisplayName("the examples of the issue parse to the intended rules")
    void issueExamples() {
        assertEquals(new Route(new HostPattern.Exact("web.test"), RouteAction.Connect.port(8080)),
                Route.parse("web.test -> connect 127.0.0.1:8080"));
        assertEquals(new Route(new HostPattern.Suffix("onion"),
                        new RouteAction.Refuse(Refusal.WithReplyCode.of(0xF2))),
                Route.parse("*.onion -> refuse 0xF2"));
        assertEquals(new Route(new HostPattern.Exact("bad.test"), new RouteAction.Delay(Duration.ofSeconds(2),
                        new RouteAction.Refuse(new Refusal.WithReason(EndReason.EXITPOLICY)))),
                Route.parse("bad.test -> delay 2s then refuse 4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "web.test -> connect 127.0.0.1:8080",
        "*.test -> connect 127.0.0.1",
        "* -> refuse unreachable",
        "*.onion -> refuse 0xF2",
        "x.onion -> refuse 0xF2 7",
        "a.test -> refuse 0x05",
        "a.test -> refuse 12",
        "10.0.0.0/8 -> refuse 4",
        "192.0.2.7 -> connect 127.0.0.1:9",
        "web.test -> connect 127.0.0.1:8080 as 198.18.0.1",
        "v6.test -> connect 127.0.0.1 as [2001:db8::7]",
        "[2001:db8::]/32 -> refuse 3",
        "[::1] -> connect 127.0.0.1",
        "dns.test -> resolve 192.0.2.1",
        "v6.test -> resolve [2001:db8::5]",
        "192.0.2.1 -> resolve dns.test",
        "slow.test -> delay 250ms then delay 1m then connect 127.0.0.1:1",
        "hold.test -> delay 1h then refuse 1",
        "f.test -> fault close",
        "f.test -> fault reset",
        "f.test -> fault garbage",
        "f.test -> fault garbage 00ff10",
        "f.test -> fault no-reply",
    })
    @DisplayName("every rule prints back in the form it was read")
    void roundTrip(String rule) {
        assertEquals(rule, Route.parse(rule).toString());
        assertEquals(Route.parse(rule), Route.parse(Route.parse(rule).toString()));
    }

    @Test
    @DisplayName("END reasons by name, and reply codes with their END reason for ports without ExtendedErrors")
    void refusals() {
        assertEquals(new Refusal.WithReason(EndReason.TIMEOUT), ((RouteAction.Refuse) Route.parse("a -> refuse TIMEOUT").action()).refusal());
        assertEquals(new Refusal.WithReason(new EndReason(264)),
                ((RouteAction.Refuse) Route.parse("a -> refuse ENTRYPOLICY").action()).refusal());
        assertEquals(new Refusal.WithReason(EndReason.SOCKSPROTOCOL),
                ((RouteAction.Refuse) Route.parse("a -> refuse socks_protocol").action()).refusal());
        Refusal f2 = ((RouteAction.Refuse) Route.parse("a -> refuse 0xf2").action()).refusal();
        assertEquals(new StreamOutcome.Ended(EndReason.RESOLVEFAILED, Optional.of(Socks5ReplyCode.ONION_INTRODUCTION_FAILED)),
                f2.outcome(false));
        Refusal rep4 = ((RouteAction.Refuse) Route.parse("a -> refuse 0x04").action()).refusal();
        assertEquals(Socks5ReplyCode.HOST_UNREACHABLE, rep4.outcome(false).reason().toSocks5());
        assertEquals(EndReason.NOROUTE, new Refusal.Unreachable().outcome(true).reason());
        assertEquals(EndReason.RESOLVEFAILED, new Refusal.Unreachable().outcome(false).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "web.test connect 127.0.0.1",
        "web.test -> connect 10.0.0.1:80",
        "web.test -> connect localhost:80",
        "web.test -> connect [::1]:80",
        "web.test -> connect 127.0.0.1:0",
        "web.test -> connect 127.0.0.1:80 as",
        "web.test -> connect 127.0.0.1:80 as other.test",
        "web.test -> connect 127.0.0.1:80 to 198.18.0.1",
        "web.test -> connect 127.0.0.1:80 as 198.18.0.1 extra",
        "web.test -> refuse 0x07",
        "web.test -> refuse 0x100",
        "web.test -> refuse NOSUCHREASON",
        "web.test -> refuse 4 5",
        "web.test -> refuse",
        "web.test -> delay 2 then refuse 4",
        "web.test -> delay 2d then refuse 4",
        "web.test -> delay 2s refuse 4",
        "web.test -> fault melt",
        "web.test -> fault close 00",
        "web.test -> fault garbage zz",
        "web.test -> teleport",
        "web.test ->",
        "-> connect 127.0.0.1",
        "10.0.0.0/33 -> refuse 4",
        "web.test/8 -> refuse 4",
        "a*.test -> refuse 4",
    })
    @DisplayName("malformed rules, and connects off 127.0.0.1, are refused with a reason")
    void rejects(String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Route.parse(rule));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), rule);
    }

    @Test
    @DisplayName("a resolve rule names addresses and hostnames")
    void resolveAnswers() {
        assertEquals(SocksAddress.ipv4(192, 0, 2, 1),
                ((RouteAction.Resolve) Route.parse("x -> resolve 192.0.2.1").action()).answer());
        assertEquals(SocksAddress.hostname("dns.test"),
                ((RouteAction.Resolve) Route.parse("192.0.2.1 -> resolve dns.test").action()).answer());
    }
}
