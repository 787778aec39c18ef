/**
 * The SOCKS side of tor 0.4.9.11 as pure code: bytes in, values and bytes out, no sockets, no threads.
 *
 * <ul>
 *   <li>Values: {@link org.torconformance.socks.wire.ClientMessage} (what clients send) and
 *       {@link org.torconformance.socks.wire.ServerReply} (what tor answers), with the command, reply-code
 *       and address vocabulary they share.</li>
 *   <li>{@link org.torconformance.socks.wire.SocksServerSession}: one SocksPort connection, fed read by read,
 *       answering with tor's bytes, tor's STATUS_CLIENT events, and a typed
 *       {@link org.torconformance.socks.wire.SocksRequest} for whatever routes streams.</li>
 *   <li>{@link org.torconformance.socks.wire.SocksClientCodec}: the client side, for raw test clients.</li>
 * </ul>
 *
 * <p>Text that tor keeps in C strings (addresses, hostnames) is carried as Latin-1 {@code String}s, one char
 * per byte, so that no byte value is lost or reinterpreted.
 */
package org.torconformance.socks.wire;
