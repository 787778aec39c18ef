package org.torconformance.socks;

import java.util.Optional;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * Where the SOCKS port meets the control-port model: the state tor shares between them. The mock finds
 * the hooks as the {@code StreamHooks} part of the {@code TorModel}; without one it uses
 * {@link RoutingStreamHooks}, which decides every stream from the route table at once. All calls run on the
 * reactor thread.
 *
 * <h2>For the circuits/streams model</h2>
 * A model that implements this (and puts itself with {@code model.putPart(StreamHooks.class, ...)} when it
 * installs) gets tor's behaviour by:
 * <ul>
 *   <li>{@link #addressMapping()}: return the MAPADDRESS/MapAddress table. Sessions consult it during the
 *       handshake: a mapped IP literal is not "dangerous" (no DANGEROUS_SOCKS), and CONNECT/RESOLVE
 *       destinations are rewritten before {@link #streamOpened} sees them ({@code request().destination()}).</li>
 *   <li>{@link #streamOpened}: assign the stream to a circuit and emit, as tor 0.4.9.11 does (observed live,
 *       SOCKS5 with RFC 1929 credentials):
 *       <pre>
 * 650 STREAM 13 NEW 0 example.com:80 SOURCE_ADDR=127.0.0.1:53220 PURPOSE=USER SOCKS_USERNAME="user"
 *     SOCKS_PASSWORD="p\"ss" CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4
 *     ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH</pre>
 *       (one line; SOCKS_USERNAME/PASSWORD only when credentials were sent, a SOCKS4 user id gives only
 *       SOCKS_USERNAME; a RESOLVE is {@code NEWRESOLVE 0 example.org:0 ... PURPOSE=DNS_REQUEST ...
 *       CLIENT_PROTOCOL=SOCKS4}). Then decide with {@link SocksStream#apply} (usually with the route table's
 *       decision, {@code model.part(RouteTable.class).decide(stream.request().destination())}), or, with
 *       {@code __LeaveStreamsUnattached 1}, emit
 *       {@code 650 STREAM 13 CONTROLLER_WAIT 0 example.com:80 CLIENT_PROTOCOL=SOCKS5 ...} (no SOURCE_ADDR or
 *       PURPOSE) and keep the stream until ATTACHSTREAM, then apply the route.</li>
 *   <li>CLOSESTREAM: call {@link SocksStream#closeByController}. A pending CONNECT gets the reply
 *       {@code EndReason.toSocks5()} gives (tor: reason 7 gives {@code 05 06 00 01 ...}, SOCKS4
 *       {@code 00 5B ...}); tor then emits {@code FAILED ... REASON=<name>} and {@code CLOSED ... REASON=<name>}
 *       for a CONNECT (reason 12: {@code REASON=CONNRESET}), but only {@code CLOSED ... REASON=<name>} for a
 *       RESOLVE. A reason without a name is written with a space, {@code REASON= UNKNOWN_15}; in 0.4.9.11
 *       that includes 15 and ENTRYPOLICY (264). An open stream is ended: the client gets what is queued,
 *       then a close.</li>
 *   <li>{@link #streamChanged}: turn the SOCKS side's progress into SENTCONNECT/SENTRESOLVE, SUCCEEDED,
 *       FAILED and CLOSED events with the stream's circuit id.</li>
 * </ul>
 * SocksTimeout (120 s by default) fails a stream still pending that long after its connection opened with
 * END TIMEOUT, as tor does for unattached streams, controller-held ones included, unless {@link #timedOut}
 * names another reason.
 *
 * <p>The other defaults let a model follow the connection from accept to close: its id
 * ({@link #connectionOpened}), connections tor ended without a stream ({@link #connectionEnded}), the relayed
 * bytes ({@link #relayed}) and which side ended an open stream ({@link SocksStream#endedByDestination()}).
 */
public interface StreamHooks {

    /** The address map the SOCKS sessions see (MAPADDRESS). */
    AddressMapping addressMapping();

    /**
     * A client connected; returns the id tor gives the connection, which becomes its stream's id. The default
     * keeps the reactor's connection id.
     */
    default long connectionOpened(long reactorId) {
        return reactorId;
    }

    /**
     * A SocksPort opened with its flags: tor counts its listener among its connections (which numbers the ones
     * after it), and a port's flags decide its streams' isolation.
     */
    default void listenerOpened(int port, SocksPortOptions options) {
    }

    /** The connection ended without a stream: a failed or abandoned handshake, or a request tor answered itself. */
    default void connectionEnded(EndedConnection ended) {
    }

    /** A request passed tor's checks and became a stream; decide it now or later through {@code stream}. */
    void streamOpened(SocksStream stream);

    /** The stream moved on; {@code reason} is the END reason for FAILED and CLOSED. */
    default void streamChanged(SocksStream stream, StreamStatus status, Optional<EndReason> reason) {
    }

    /**
     * SocksTimeout passed while the stream was still waiting; returns the END reason the SOCKS side then fails
     * it with (the client's reply follows from it). Called before the stream ends.
     */
    default EndReason timedOut(SocksStream stream) {
        return EndReason.TIMEOUT;
    }

    /** Bytes an open stream moved since the last call: from the client to the destination, and back. */
    default void relayed(SocksStream stream, long fromClient, long toClient) {
    }
}
