package org.torconformance.socks.wire;

/** A message tor sends back on a SocksPort. */
public sealed interface ServerReply
        permits Socks4Reply, MethodSelection, UsernamePasswordStatus, Socks5Reply, HttpNotAProxy {
    /** The exact bytes of this reply on the wire. */
    byte[] encode();
}
