package org.torconformance.bridge;

import java.util.Optional;
import org.torconformance.control.circuits.StreamEndReason;
import org.torconformance.control.circuits.StreamRequest;
import org.torconformance.control.circuits.Streams;
import org.torconformance.net.Reactor;
import org.torconformance.socks.EndedConnection;
import org.torconformance.socks.SocksStream;
import org.torconformance.socks.StreamHooks;
import org.torconformance.socks.StreamStatus;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SessionEnd;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * The SOCKS port's hooks when the circuits model runs: every SOCKS connection takes a number in tor's
 * connection array, every stream lives in the model ({@link Streams}), and the connections tor ended itself
 * are announced as tor announces them.
 */
final class ModelStreamHooks implements StreamHooks, BridgedStream.Ends {
    private final Streams streams;
    private final AddressMapping mapping;
    private final BridgedStreams bridged;
    private final Reactor reactor;
    private final SocksPorts socksPorts = new SocksPorts();

    ModelStreamHooks(Streams streams, AddressMapping mapping, BridgedStreams bridged, Reactor reactor) {
        this.streams = streams;
        this.mapping = mapping;
        this.bridged = bridged;
        this.reactor = reactor;
    }

    boolean hasSocksPorts() {
        return socksPorts.any();
    }

    @Override
    public AddressMapping addressMapping() {
        return mapping;
    }

    @Override
    public void listenerOpened(int port, SocksPortOptions options) {
        socksPorts.add(port, options);
        streams.newConnectionId();
    }

    @Override
    public long connectionOpened(long reactorId) {
        return streams.newConnectionId();
    }

    @Override
    public void streamOpened(SocksStream stream) {
        BridgedStream b = new BridgedStream(stream, reactor, this);
        bridged.put(b);
        streams.openChecked(stream.id(), StreamRequests.of(stream, socksPorts), b::update);
    }

    @Override
    public void streamChanged(SocksStream stream, StreamStatus status, Optional<EndReason> reason) {
        BridgedStream b = bridged.get(stream.id());
        if (b == null) {
            return;
        }
        if (status == StreamStatus.CLOSED) {
            bridged.remove(stream.id());
        }
        b.changed(status, reason);
    }

    @Override
    public EndReason timedOut(SocksStream stream) {
        BridgedStream b = bridged.get(stream.id());
        return b == null ? EndReason.TIMEOUT : b.timedOut(streams::timedOut);
    }

    @Override
    public void relayed(SocksStream stream, long fromClient, long toClient) {
        streams.traffic(stream.id(), fromClient, toClient);
    }

    @Override
    public void connectionEnded(EndedConnection ended) {
        StreamRequest request = StreamRequests.of(ended, socksPorts);
        long id = ended.id();
        if (ended.cause() instanceof EndedConnection.ClientLeft) {
            streams.endedBeforeStream(id, request, StreamEndReason.DONE, false);
        } else if (ended.cause() instanceof EndedConnection.TimedOut) {
            streams.endedBeforeStream(id, request, StreamEndReason.TIMEOUT, false);
        } else {
            SessionEnd end = ((EndedConnection.AnsweredByTor) ended.cause()).end();
            if (end instanceof SessionEnd.ParserRefused p) {
                streams.endedBeforeStream(id, request, StreamEndReason.SOCKS_PROTOCOL, !p.parserReplied());
            } else if (end instanceof SessionEnd.Refused r) {
                streams.settledBySocks(id, request, Optional.of(StreamEndReason.local(r.reason().code())));
            } else {
                streams.settledBySocks(id, request, Optional.empty());
            }
        }
    }

    @Override
    public void clientClosed(long id) {
        streams.clientClosed(id);
    }

    @Override
    public void exitClosed(long id) {
        streams.exitClosed(id);
    }
}
