package org.torconformance.socks.wire;

/** A message a SOCKS client sends: what our raw test client encodes and what tor's parser reads. */
public sealed interface ClientMessage permits Socks4Request, Socks5Greeting, UsernamePasswordAuth, Socks5Request {
    /** The exact bytes of this message on the wire. */
    byte[] encode();
}
