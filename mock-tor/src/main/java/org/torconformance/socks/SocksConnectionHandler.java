package org.torconformance.socks;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.torconformance.net.Connection;
import org.torconformance.net.ConnectionHandler;
import org.torconformance.net.Reactor;
import org.torconformance.socks.journal.SocksJournalEntry;
import org.torconformance.socks.journal.SocksOutcome;
import org.torconformance.socks.wire.ClientFamily;
import org.torconformance.socks.wire.ClientStatusEvent;
import org.torconformance.socks.wire.RequestMessage;
import org.torconformance.socks.wire.SessionOutput;
import org.torconformance.socks.wire.SocksAddress;
import org.torconformance.socks.wire.SocksCommand;
import org.torconformance.socks.wire.SocksRequest;
import org.torconformance.socks.wire.SocksServerSession;
import org.torconformance.socks.wire.Socks5Reply;

/**
 * One client connection on a SOCKS port: feeds each read to a {@link SocksServerSession} (so replies are
 * tor's bytes, one pending reply per read as in tor), publishes its STATUS_CLIENT events, journals how the
 * handshake ended, and hands an accepted request over to a {@link SocksStream}.
 *
 * <p>SocksTimeout runs from the moment the connection opens, as in tor (live 0.4.9.11: an idle or trickling
 * handshake is closed silently SocksTimeout after the connection was accepted, however much arrived
 * meanwhile; a stream still waiting then gets END TIMEOUT). That bounds what a slowloris client can hold.
 */
final class SocksConnectionHandler implements ConnectionHandler {
    private static final int KEPT_BYTES = 64;

    private final SocksEnvironment env;
    private final SocksServer server;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final ByteArrayOutputStream replied = new ByteArrayOutputStream();
    private final List<String> events = new ArrayList<>();
    private Connection client;
    private long id;
    private StreamHooks hooks;
    private SocksServerSession session;
    private Reactor.Timer timeout;
    private SocksStream stream;
    private boolean journaled;

    SocksConnectionHandler(SocksEnvironment env, SocksServer server) {
        this.env = env;
        this.server = server;
    }

    @Override
    public void onOpen(Connection connection) {
        client = connection;
        hooks = env.hooks().get();
        id = hooks.connectionOpened(connection.id());
        session = new SocksServerSession(env.globalOptions().apply(server.options()), familyOf(connection.remoteAddress()),
                hooks.addressMapping());
        timeout = env.reactor().schedule(env.socksTimeout().get(), this::timedOut);
    }

    @Override
    public void onData(Connection connection, byte[] buf, int off, int len) {
        byte[] chunk = Arrays.copyOfRange(buf, off, off + len);
        if (stream != null) {
            stream.clientData(chunk);
            return;
        }
        keep(received, chunk);
        SessionOutput out = session.feed(chunk);
        byte[] reply = out.write();
        keep(replied, reply);
        client.write(reply);
        for (ClientStatusEvent e : out.events()) {
            events.add(e.body());
            env.statusEvents().accept(e);
        }
        if (out.next() instanceof SessionOutput.Close) {
            journalRefusal(reply);
            client.closeAfterFlush();
        } else if (out.next() instanceof SessionOutput.RequestReady ready) {
            startStream(ready);
        }
    }

    private void startStream(SessionOutput.RequestReady ready) {
        RequestMessage message = session.requestMessage().orElseThrow();
        SocksJournalEntry.Request entry = RequestEntries.of(env.journal(), id, clientText(), server.port(),
                message, hooks.addressMapping(), env, events, new SocksOutcome.Pending());
        env.journal().put(entry);
        journaled = true;
        stream = new SocksStream(id, env, session, client, ready.request(), server.port(), hooks, entry);
        stream.clientData(ready.earlyData());
        hooks.streamOpened(stream);
    }

    /** The session closed the connection: a request tor refused or answered itself, or a failed handshake. */
    private void journalRefusal(byte[] reply) {
        Optional<RequestMessage> message = session.requestMessage();
        if (message.isPresent()) {
            SocksOutcome outcome = answeredByTor(message.get(), reply)
                    .orElseGet(() -> new SocksOutcome.RejectedByTor(FinalReply.code(message.get().version(), reply)));
            env.journal().put(RequestEntries.of(env.journal(), id, clientText(), server.port(), message.get(),
                    hooks.addressMapping(), env, events, outcome));
            journaled = true;
        } else {
            journalHandshake(SocksJournalEntry.HandshakeEnd.PROTOCOL_ERROR);
        }
        session.end().ifPresent(end -> ended(new EndedConnection.AnsweredByTor(end)));
    }

    private void ended(EndedConnection.Cause cause) {
        hooks.connectionEnded(new EndedConnection(id, clientText(), server.port(), session.socksVersion(),
                session.requestMessage(), cause));
    }

    /** A RESOLVE of an address literal: tor answers it without a stream. */
    private static Optional<SocksOutcome> answeredByTor(RequestMessage message, byte[] reply) {
        if (!message.command().equals(SocksCommand.RESOLVE)) {
            return Optional.empty();
        }
        Optional<SocksAddress> answer = message.version() == SocksRequest.SocksVersion.SOCKS5
                ? FinalReply.socks5(reply).filter(r -> r.reply().code() == 0).map(Socks5Reply::address)
                : FinalReply.socks4(reply).filter(r -> r.status().code() == 0x5A)
                        .map(r -> new SocksAddress.Ipv4(r.ipv4()));
        return Optional.of(answer.<SocksOutcome>map(SocksOutcome.Resolved::new).orElse(new SocksOutcome.ResolveFailed()));
    }

    private void timedOut() {
        if (stream != null) {
            stream.timedOut();
        } else if (client.isOpen()) {
            journalHandshake(SocksJournalEntry.HandshakeEnd.TIMED_OUT);
            ended(new EndedConnection.TimedOut());
            client.close();
        }
    }

    @Override
    public void onEof(Connection connection) {
        if (stream != null) {
            stream.clientEof();
        } else {
            clientLeft();
            connection.close();
        }
    }

    @Override
    public void onDrained(Connection connection) {
        if (stream != null) {
            stream.drained(connection);
        }
    }

    @Override
    public void onClose(Connection connection) {
        if (timeout != null) {
            timeout.cancel();
        }
        if (stream != null) {
            stream.clientClosed();
        } else {
            clientLeft();
        }
    }

    /** Only a client that left in the middle of the handshake: tor's own answers end the connection too. */
    private void clientLeft() {
        if (!journaled && !session.isClosed()) {
            ended(new EndedConnection.ClientLeft());
        }
        journalHandshake(SocksJournalEntry.HandshakeEnd.CLIENT_CLOSED);
    }

    private void journalHandshake(SocksJournalEntry.HandshakeEnd end) {
        if (journaled) {
            return;
        }
        journaled = true;
        env.journal().put(new SocksJournalEntry.Handshake(env.journal().reserveSequence(), id,
                env.journal().now(), clientText(), server.port(), end, received.toByteArray(), replied.toByteArray(),
                events));
    }

    private String clientText() {
        SocketAddress remote = client.remoteAddress();
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(remote);
    }

    private static ClientFamily familyOf(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress() instanceof Inet4Address ? ClientFamily.IPV4 : ClientFamily.IPV6;
        }
        return ClientFamily.UNIX;
    }

    private static void keep(ByteArrayOutputStream kept, byte[] bytes) {
        int room = KEPT_BYTES - kept.size();
        if (room > 0) {
            kept.write(bytes, 0, Math.min(room, bytes.length));
        }
    }
}
