/**
 * Where the SOCKS port ({@code org.torconformance.socks}) and the control port's circuits and streams model
 * ({@code org.torconformance.control.circuits}, {@code control.addrmap}) meet, so that the mock behaves as one
 * tor: {@link org.torconformance.bridge.SocksBridge}, installed by {@code MockTor} after the circuits module.
 *
 * <p>A SOCKS connection takes its id from the model's connection counter when it is accepted, so stream ids
 * and control connections share one id space as in tor. A complete request becomes a model stream: NEW or
 * NEWRESOLVE with SOURCE_ADDR, PURPOSE and the isolation fields, the address map's REMAP, a circuit
 * (SENTCONNECT/SENTRESOLVE) or CONTROLLER_WAIT under {@code __LeaveStreamsUnattached}. When the model sends
 * BEGIN, the route table decides what the exit does: {@code connect} really connects to 127.0.0.1 and the
 * SOCKS reply, REMAP SOURCE=EXIT and SUCCEEDED follow the real connection; {@code refuse} is the exit's END
 * (which tor may retry on another circuit before it fails the stream); {@code delay} and {@code fault} act on
 * the SOCKS connection as they do without a model. The model's answers (CLOSESTREAM, CLOSECIRCUIT, a refused
 * name at ATTACHSTREAM, SocksTimeout) become the client's reply; the client's and the destination's closes,
 * and the relayed bytes, become STREAM CLOSED reasons and STREAM_BW.
 *
 * <p>Requests tor settles without a circuit (refused by its destination checks, a RESOLVE of an address, a
 * parser error, a client that leaves mid-handshake) are announced as tor announces them: NEW, FAILED, CLOSED,
 * or CLOSED alone.
 */
package org.torconformance.bridge;
