package org.torconformance.control.circuits;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One application stream (tor's AP connection): its request, current target (rewritten by
 * address maps and REDIRECTSTREAM), state, circuit, and byte counts for STREAM_BW.
 */
final class Stream {
    private final long id;
    private final StreamRequest request;
    private final int nymEpoch;
    private final Consumer<StreamUpdate> updates;
    private String address;
    private int port;
    private String originalAddress;
    private StreamState state;
    private Circuit circuit;
    private boolean replied;
    private long readFromClient;
    private long writtenToClient;
    private StreamEndReason endReason = StreamEndReason.NONE;

    Stream(long id, StreamRequest request, int nymEpoch, Consumer<StreamUpdate> updates) {
        this.id = id;
        this.request = request;
        this.nymEpoch = nymEpoch;
        this.updates = updates;
        this.address = request.address();
        this.originalAddress = request.address();
        this.port = request.port();
        this.state = new StreamState.CircuitWait();
    }

    long id() {
        return id;
    }

    StreamRequest request() {
        return request;
    }

    int nymEpoch() {
        return nymEpoch;
    }

    String address() {
        return address;
    }

    int port() {
        return port;
    }

    void setTarget(String newAddress, int newPort) {
        address = newAddress;
        port = newPort;
    }

    /** Tor lower-cases the destination before rewriting it and keeps that as the original for resolve answers. */
    void lowerCaseAddress() {
        address = address.toLowerCase(Locale.ROOT);
        originalAddress = address;
    }

    String originalAddress() {
        return originalAddress;
    }

    /** tor's {@code write_stream_target_to_buf}: {@code address:port}, IPv6 as stored (often unbracketed). */
    String target() {
        return address + ":" + port;
    }

    StreamState state() {
        return state;
    }

    void setState(StreamState s) {
        state = s;
    }

    boolean isClosed() {
        return state instanceof StreamState.Closed;
    }

    StreamEndReason endReason() {
        return endReason;
    }

    void setEndReason(StreamEndReason r) {
        endReason = r;
    }

    Optional<Circuit> circuit() {
        return Optional.ofNullable(circuit);
    }

    void setCircuit(Circuit c) {
        circuit = c;
    }

    /** Whether the application already got its SOCKS (or resolve) answer ({@code socks_request->has_finished}). */
    boolean replied() {
        return replied;
    }

    void tell(StreamUpdate update) {
        if (!(update instanceof StreamUpdate.Closed)) {
            replied = true;
        }
        updates.accept(update);
    }

    void countTraffic(long fromClient, long toClient) {
        readFromClient += fromClient;
        writtenToClient += toClient;
    }

    boolean hasTraffic() {
        return readFromClient > 0 || writtenToClient > 0;
    }

    long[] takeTraffic() {
        long[] t = {readFromClient, writtenToClient};
        readFromClient = 0;
        writtenToClient = 0;
        return t;
    }

    IsolationKey isolationKey() {
        return new IsolationKey(request.isolation(), request.username(), request.password(), request.protocol(),
                request.client().map(c -> c.getAddress().getHostAddress()), request.sessionGroup(), nymEpoch,
                originalAddress, port);
    }
}
