package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.function.Consumer;
import org.torconformance.control.TorModel;

/**
 * The stream API for the SOCKS server (and any other application front end). Call it on the
 * model's reactor thread; updates are delivered there too.
 *
 * <pre>{@code
 * Streams streams = Streams.of(model);
 * long id = streams.newConnectionId();              // at accept: tor numbers the SOCKS connection
 * streams.open(id, StreamRequest.socks5Connect(host, port, client), update -> ...);
 * streams.traffic(id, bytesFromClient, bytesToClient); // for STREAM_BW / CIRC_BW
 * streams.clientClosed(id);                          // the application hung up
 * }</pre>
 *
 * The first {@link StreamUpdate} decides the SOCKS reply ({@link StreamEndReason#socks5Reply()},
 * {@link StreamEndReason#socks4Reply()}); {@link StreamUpdate.Closed} means tor closed a connected stream.
 * Destinations are rewritten by the address map (MAPADDRESS) inside {@link #open}, as tor does.
 */
public final class Streams {
    private final StreamRouter router;
    private final StreamTable table;
    private final Connections connections;
    private final Bandwidth bandwidth;
    private final EntryGuards guards;

    Streams(StreamRouter router, StreamTable table, Connections connections, Bandwidth bandwidth, EntryGuards guards) {
        this.router = router;
        this.table = table;
        this.connections = connections;
        this.bandwidth = bandwidth;
        this.guards = guards;
    }

    /** The model's streams, once {@link CircuitsModule} is installed. */
    public static Streams of(TorModel model) {
        return model.part(Streams.class);
    }

    /**
     * An accepted application connection (or a listener): its global ID and its place in tor's
     * connection array, which decide stream IDs and list orders. Pass the ID to {@link #open(long,
     * StreamRequest, Consumer)} when its request arrives, or to {@link #connectionClosed} if none does.
     */
    public long newConnectionId() {
        return connections.open();
    }

    /** A connection from {@link #newConnectionId()} closed without becoming a stream. */
    public void connectionClosed(long connectionId) {
        connections.close(connectionId);
    }

    /** Opens a stream under a new connection ID; returns the stream ID. */
    public long open(StreamRequest request, Consumer<StreamUpdate> updates) {
        return router.open(request, updates).id();
    }

    /** Opens a stream under an ID from {@link #newConnectionId()}, taken when the application connected. */
    public long open(long connectionId, StreamRequest request, Consumer<StreamUpdate> updates) {
        return router.open(connectionId, request, updates).id();
    }

    /**
     * Opens a stream the SOCKS port already checked as tor's rewrite step does, with the port's own
     * options (private addresses, plaintext ports...): the model only maps it and finds it a circuit.
     */
    public long openChecked(long connectionId, StreamRequest request, Consumer<StreamUpdate> updates) {
        return router.openChecked(connectionId, request, updates).id();
    }

    /**
     * The SOCKS port settled a request in tor's rewrite step, and has answered the application: NEW,
     * the REMAP if the address map applies, then FAILED and CLOSED with {@code refusal}, or, when empty
     * (a RESOLVE of an address, mapped or not), CLOSED with DONE.
     */
    public void settledBySocks(long connectionId, StreamRequest request, Optional<StreamEndReason> refusal) {
        router.settledBySocks(connectionId, request, refusal);
    }

    /**
     * The SOCKS layer refused a request before it became a stream (tor: a malformed hostname gets
     * SOCKS error 1): only {@code STREAM <id> CLOSED ... REASON=SOCKS_PROTOCOL} is announced.
     */
    public void refusedBySocks(long connectionId, StreamRequest request) {
        router.endedBeforeStream(connectionId, request, StreamEndReason.SOCKS_PROTOCOL, false);
    }

    /**
     * A SOCKS connection ended before its request became a stream: the client left or sent something
     * tor refused. {@code request} carries what tor knew (an empty address and port 0 when no request
     * was read: tor prints {@code :0}). {@code failed}: tor had not answered the client itself, so it
     * announces FAILED before CLOSED.
     */
    public void endedBeforeStream(long connectionId, StreamRequest request, StreamEndReason reason, boolean failed) {
        router.endedBeforeStream(connectionId, request, reason, failed);
    }

    /** Bytes that moved on a stream since the last call, for STREAM_BW and CIRC_BW. */
    public void traffic(long streamId, long fromClient, long toClient) {
        table.byId(streamId).ifPresent(s -> bandwidth.traffic(s, fromClient, toClient));
    }

    /** The application closed its connection: the stream ends with REASON=DONE. */
    public void clientClosed(long streamId) {
        table.byId(streamId).ifPresent(router::clientClosed);
    }

    /** SocksTimeout passed while the stream waited: tor gives up on it; returns the END reason it used. */
    public StreamEndReason timedOut(long streamId) {
        return table.byId(streamId).map(router::timedOut).orElse(StreamEndReason.TIMEOUT);
    }

    /** The destination closed: the stream ends with REASON=END REMOTE_REASON=DONE. */
    public void exitClosed(long streamId) {
        table.byId(streamId).ifPresent(router::exitClosed);
    }

    /** SIGNAL NEWNYM: later streams get the next NYM_EPOCH and so never share circuits with earlier ones. */
    public void newNym() {
        router.newNym();
    }

    public int nymEpoch() {
        return router.nymEpoch();
    }

    /** How the simulated exits answer; {@link Exit#DEFAULT} until replaced. */
    public void setExit(Exit exit) {
        router.setExit(exit);
    }

    /** The entry guards, for DROPGUARDS. */
    public EntryGuards guards() {
        return guards;
    }
}
