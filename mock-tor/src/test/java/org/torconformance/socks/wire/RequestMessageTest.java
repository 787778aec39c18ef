package org.torconformance.socks.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestMessageTest {
    @Test
    @DisplayName("a request tor refuses (BIND) is still reported as sent")
    void refusedRequestIsVisible() {
        SocksServerSession session = new SocksServerSession();
        Exchange.Run run = Exchange.run(session, "050100", "05020001010203040050");
        assertTrue(run.closed());
        RequestMessage message = session.requestMessage().orElseThrow();
        assertEquals(SocksRequest.SocksVersion.SOCKS5, message.version());
        assertEquals(SocksCommand.BIND, message.command());
        assertEquals(SocksAddress.ipv4(1, 2, 3, 4), message.address());
        assertEquals(80, message.port());
        assertTrue(message.sentAddressLiteral());
    }

    @Test
    @DisplayName("SOCKS4a with port 0 is refused but its hostname and user id are reported")
    void socks4aPortZero() {
        SocksServerSession session = new SocksServerSession();
        Exchange.Run run = Exchange.run(session, "0401000000000001" + Exchange.hex("me\0web.test\0".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertTrue(run.closed());
        RequestMessage message = session.requestMessage().orElseThrow();
        assertEquals(SocksRequest.SocksVersion.SOCKS4A, message.version());
        assertEquals(SocksAddress.hostname("web.test"), message.address());
        assertEquals(0, message.port());
        assertFalse(message.sentAddressLiteral());
    }

    @Test
    @DisplayName("an accepted request carries its credentials; nothing is reported before a request completes")
    void acceptedWithCredentials() {
        SocksServerSession session = new SocksServerSession();
        Exchange.run(session, "050102", Exchange.auth("alice", "pw"));
        assertEquals(Optional.empty(), session.requestMessage());
        Exchange.run(session, Exchange.socks5Host(1, "example.com", 443));
        RequestMessage message = session.requestMessage().orElseThrow();
        assertEquals(new Credentials("alice".getBytes(), "pw".getBytes()), message.credentials().orElseThrow());
        assertEquals(SocksCommand.CONNECT, message.command());
    }

    @Test
    @DisplayName("garbage never produces a request message")
    void garbage() {
        SocksServerSession session = new SocksServerSession();
        Exchange.run(session, "ff00ff");
        assertEquals(Optional.empty(), session.requestMessage());
    }
}
