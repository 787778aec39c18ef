/**
 * The mock's SOCKS ports: tor 0.4.9.11's SocksPort on the shared reactor, answering byte for byte as the
 * pure {@link org.torconformance.socks.wire.SocksServerSession} says, then routing, relaying and journaling.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * try (MockTor tor = MockTor.builder()
 *         .socksPort(0)                                        // more ports: socksPort(0, options)
 *         .socksRoute("web.test -> connect 127.0.0.1:" + wiremock.port())
 *         .socksRoute("*.onion -> refuse 0xF2")
 *         .socksRoute("bad.test -> delay 2s then refuse 4")
 *         .start()) {
 *     // point the client at 127.0.0.1:tor.socksPort()
 *     tor.socksJournal().awaitOutcome(r -> r.host().equals("web.test"), Duration.ofSeconds(5));
 *     assertTrue(tor.socksJournal().leaks().isEmpty());
 * }
 * }</pre>
 * From the command line: {@code --socks-port 0} (or {@code --socks-port '0 ExtendedErrors'}), printed as
 * {@code socks-port=N} right after {@code control-port=N}, and {@code --socks-route RULE}, repeatable.
 *
 * <h2>Routes</h2>
 * See {@link org.torconformance.socks.route.RouteParser} for the text form and
 * {@link org.torconformance.socks.route.RouteTable} for matching. Defaults: {@code localhost} and
 * {@code *.test} connect to 127.0.0.1 on the requested port; everything else is unreachable, which tor
 * reports as END RESOLVEFAILED (a name the exit cannot resolve) or NOROUTE (an address it cannot reach):
 * SOCKS5 REP 04, SOCKS4 CD 5B, and tor's resolve failure for RESOLVE. {@code connect} only ever reaches
 * 127.0.0.1; anything else is refused when the rule is read. A name routed by {@code connect} resolves to
 * 127.0.0.1 unless the rule gives it an address of its own: {@code web.test -> connect 127.0.0.1:8080 as
 * 198.18.0.1} answers a RESOLVE with 198.18.0.1 and routes a CONNECT to 198.18.0.1 like one to the name.
 *
 * <h2>Port options</h2>
 * {@link org.torconformance.socks.SocksSetup#MOCK_DEFAULTS}: tor's defaults with ClientRejectInternalAddresses
 * and ClientDNSRejectInternalAddresses off (TestingTorNetwork's values), because every destination of the
 * mock is on 127.0.0.1. Tor's global options that change SOCKS answers (SafeSocks,
 * ClientRejectInternalAddresses, ClientDNSRejectInternalAddresses, WarnPlaintextPorts, RejectPlaintextPorts,
 * __LeaveStreamsUnattached, SocksTimeout) are read from the mock's configuration when a connection opens.
 *
 * <h2>Timeouts and EOF</h2>
 * SocksTimeout (default 2 minutes, {@code socksTimeout(..)} or the SocksTimeout option) counts from accept, as
 * in live tor: an unfinished handshake is then closed without a reply, however it trickled; a stream still
 * waiting (a delay, a held stream) is ended with END TIMEOUT (REP 06, SOCKS4 5B, resolve failure).
 * {@link org.torconformance.socks.EofPolicy#END_STREAM}, tor's behaviour, is the default; HALF_CLOSE is a
 * plain TCP proxy.
 *
 * <h2>The journal and DNS leaks</h2>
 * {@link org.torconformance.socks.journal.SocksJournal}; the leak rule is documented on {@code LeakRule}: an
 * address sent for a CONNECT or RESOLVE is a leak unless the address map maps it, the mock gave it out in a
 * RESOLVE answer, or a rule names it by address.
 *
 * <h2>Model parts</h2>
 * {@link org.torconformance.socks.StreamHooks} (the control-port model's say over streams; in a {@code MockTor}
 * they are {@link org.torconformance.bridge.SocksBridge}'s, so SOCKS streams live in the circuits model),
 * {@code AddressMapping} (MAPADDRESS), {@link org.torconformance.socks.route.RouteTable} and
 * its listeners, registered with {@link org.torconformance.control.events.ListenerAddresses} (for
 * {@code GETINFO net/listeners/socks}); the
 * {@code SocksPort} configuration lists the ports. STATUS_CLIENT events go to the model's event bus.
 */
package org.torconformance.socks;
