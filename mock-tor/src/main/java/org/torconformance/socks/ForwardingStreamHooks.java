package org.torconformance.socks;

import java.util.Optional;
import org.torconformance.socks.wire.AddressMapping;
import org.torconformance.socks.wire.EndReason;
import org.torconformance.socks.wire.SocksPortOptions;

/**
 * Hooks that pass every call on to the hooks they wrap, for a test or tool that wants to watch some
 * of them. Override what you watch and call {@code super}: a wrapper that forgot, say,
 * {@link #streamChanged} or {@link #connectionEnded} would leave the model holding every stream and
 * connection it never heard end.
 */
public class ForwardingStreamHooks implements StreamHooks {
    private final StreamHooks delegate;

    public ForwardingStreamHooks(StreamHooks delegate) {
        this.delegate = delegate;
    }

    @Override
    public AddressMapping addressMapping() {
        return delegate.addressMapping();
    }

    @Override
    public long connectionOpened(long reactorId) {
        return delegate.connectionOpened(reactorId);
    }

    @Override
    public void listenerOpened(int port, SocksPortOptions options) {
        delegate.listenerOpened(port, options);
    }

    @Override
    public void connectionEnded(EndedConnection ended) {
        delegate.connectionEnded(ended);
    }

    @Override
    public void streamOpened(SocksStream stream) {
        delegate.streamOpened(stream);
    }

    @Override
    public void streamChanged(SocksStream stream, StreamStatus status, Optional<EndReason> reason) {
        delegate.streamChanged(stream, status, reason);
    }

    @Override
    public EndReason timedOut(SocksStream stream) {
        return delegate.timedOut(stream);
    }

    @Override
    public void relayed(SocksStream stream, long fromClient, long toClient) {
        delegate.relayed(stream, fromClient, toClient);
    }
}
