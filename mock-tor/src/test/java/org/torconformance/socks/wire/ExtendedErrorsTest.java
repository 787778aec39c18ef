package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.torconformance.socks.wire.Exchange.compact;
import static org.torconformance.socks.wire.Exchange.hex;
import static org.torconformance.socks.wire.Exchange.run;
import static org.torconformance.socks.wire.Exchange.socks5Host;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts §7.7: the 0xF0-0xF7 codes, sent only on ExtendedErrors ports. */
class ExtendedErrorsTest {
    private static final SocksPortOptions EXTENDED = SocksPortOptions.defaults().withExtendedErrors(true);

    @ParameterizedTest
    @ValueSource(strings = {"aaaa.onion", "aaaaaaaaaaaaaaaa.onion", "aaaaaaaaaaaaaaa1.onion", "sub.aaaa.onion",
        OnionIds.BAD_CHECKSUM + ".onion", OnionIds.SMALL_ORDER_KEY + ".onion", OnionIds.IDENTITY_KEY + ".onion"})
    void invalidOnionGetsF6OnExtendedErrorsPortAnd01Elsewhere(String host) {
        assertEquals("0500" + compact("05 f6 00 01 00000000 0000"),
                run(Exchange.session(EXTENDED), "05 01 00", socks5Host(1, host, 80)).written());
        assertEquals("0500" + compact("05 01 00 01 00000000 0000"),
                run("05 01 00", socks5Host(1, host, 80)).written());
    }

    @ParameterizedTest
    @ValueSource(strings = {OnionIds.VALID, OnionIds.VERSION_0})
    void validOnionIsHandedOn(String id) {
        SocksRequest request = run(Exchange.session(EXTENDED), "05 01 00", socks5Host(1, "www." + id + ".onion", 80))
                .request();
        assertEquals(SocksRequest.DestinationKind.ONION, request.destinationKind());
    }

    @Test
    void routerSuppliedOnionErrorIsSentOnExtendedErrorsPort() {
        SocksServerSession s = Exchange.session(EXTENDED);
        run(s, "05 01 00", socks5Host(1, OnionIds.VALID + ".onion", 80));
        SessionOutput out = s.complete(new StreamOutcome.Ended(EndReason.RESOLVEFAILED,
                Optional.of(Socks5ReplyCode.ONION_DESCRIPTOR_NOT_FOUND)));
        assertEquals(compact("05 f0 00 01 00000000 0000"), hex(out.write()));
    }

    @Test
    void routerSuppliedOnionErrorFallsBackToTheEndReasonElsewhere() {
        SocksServerSession s = new SocksServerSession();
        run(s, "05 01 00", socks5Host(1, OnionIds.VALID + ".onion", 80));
        SessionOutput out = s.complete(new StreamOutcome.Ended(EndReason.RESOLVEFAILED,
                Optional.of(Socks5ReplyCode.ONION_DESCRIPTOR_NOT_FOUND)));
        assertEquals(compact("05 04 00 01 00000000 0000"), hex(out.write()));
    }

    @Test
    void extendedErrorsNeverApplyToResolves() {
        Exchange.Run r = run(Exchange.session(EXTENDED), "05 01 00", socks5Host(0xf0, "aaaa.onion", 0));
        assertEquals("0500" + compact("05 04 00 00 00000000 0000"), r.written());
    }

    @Test
    void extendedErrorsNeverApplyToSocks4() {
        assertEquals(compact("00 5b 0000 00000000"),
                run(Exchange.session(EXTENDED), "04 01 0050 00000001 00 616161612e6f6e696f6e 00").written());
    }

    @Test
    void extendedCodesAreRecognised() {
        for (int code = 0xF0; code <= 0xF7; code++) {
            assertEquals(true, Socks5ReplyCode.of(code).isExtendedError());
        }
        assertEquals(false, Socks5ReplyCode.GENERAL_FAILURE.isExtendedError());
        assertInstanceOf(Socks5ReplyCode.class, Socks5ReplyCode.ONION_INTRODUCTION_TIMED_OUT);
        assertEquals(0xF7, Socks5ReplyCode.ONION_INTRODUCTION_TIMED_OUT.code());
    }
}
