/**
 * A tor client's circuits and streams, as tor 0.4.9.11 reports them on the control port.
 *
 * <p>Commands: EXTENDCIRCUIT, SETCIRCUITPURPOSE, CLOSECIRCUIT, ATTACHSTREAM, REDIRECTSTREAM,
 * CLOSESTREAM, RESOLVE, +POSTDESCRIPTOR. Keys: {@code circuit-status}, {@code stream-status},
 * {@code orconn-status}, {@code entry-guards} and, through {@code network.NetworkInfo}, the
 * directory keys. Events: CIRC, CIRC_MINOR, STREAM, ORCONN, GUARD, NEWDESC, STREAM_BW, CIRC_BW,
 * ADDRMAP (for lookups).
 *
 * <p>With {@code DisableNetwork 1} the model is a tor that never had network: no consensus, guards
 * or circuits; streams wait; any configuration change ends them with HIBERNATING. Otherwise it is a
 * bootstrapped client (see {@code ClientNetwork}).
 *
 * <p>For the SOCKS server: {@link org.torconformance.control.circuits.Streams} (open a stream, learn
 * its {@link org.torconformance.control.circuits.StreamUpdate}, report traffic and closes, NEWNYM),
 * {@link org.torconformance.control.circuits.StreamRequest},
 * {@link org.torconformance.control.circuits.StreamEndReason} (REASON names and SOCKS4/5 reply
 * codes), and {@link org.torconformance.control.circuits.Exit} to decide what the exits answer.
 *
 * <p>{@code --tor-quirks}: a bare SETCIRCUITPURPOSE, which crashes tor 0.4.9.11, stops the mock
 * without a reply; without quirks it gets {@code 512 Bad arguments to SETCIRCUITPURPOSE: Need at
 * least 1 argument(s)}. Everything else here is tor's own behaviour, quirks or not.
 */
package org.torconformance.control.circuits;
