package org.torconformance.socks.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One client connection on a SocksPort, as tor 0.4.9.11 handles it, without sockets or threads. Feed it
 * what each read returned; it answers with the bytes tor would write, the STATUS_CLIENT events tor would
 * emit, and what happens next. Once a request is ready, report its fate with {@link #complete}.
 *
 * <p>Chunking matters, as it does in tor: the messages completed by one {@link #feed} share a single reply
 * slot, so only the last reply of that read is written (see {@link SocksHandshake}).
 */
public final class SocksServerSession {
    private enum Phase { HANDSHAKE, AWAITING_OUTCOME, OPEN, CLOSED }

    private final SocksPortOptions options;
    private final ClientFamily clientFamily;
    private final AddressMapping mapping;
    private final SocksHandshake handshake;
    private byte[] buffer = new byte[0];
    private Phase phase = Phase.HANDSHAKE;
    private SocksRequest request;
    private SessionEnd end;

    public SocksServerSession(SocksPortOptions options, ClientFamily clientFamily, AddressMapping mapping) {
        this.options = options;
        this.clientFamily = clientFamily;
        this.mapping = mapping;
        this.handshake = new SocksHandshake(options, mapping);
    }

    /** A session on a default SocksPort, for an IPv4 client, with no address mappings. */
    public SocksServerSession() {
        this(SocksPortOptions.defaults(), ClientFamily.IPV4, AddressMapping.NONE);
    }

    /** Handles the bytes one read from the client returned. Never throws for any input. */
    public SessionOutput feed(byte[] chunk) {
        switch (phase) {
            case CLOSED:
                return output(new byte[0], List.of(), new SessionOutput.Close());
            case AWAITING_OUTCOME:
            case OPEN:
                return output(new byte[0], List.of(), new SessionOutput.StreamData(chunk));
            default:
                break;
        }
        buffer = Bytes.concat(buffer, chunk);
        handshake.reply = null;
        handshake.events.clear();
        SocksHandshake.Status status = fetch();

        ByteArrayOutputStream write = new ByteArrayOutputStream();
        if (handshake.reply != null) {
            write.writeBytes(handshake.reply);
        }
        List<ClientStatusEvent> events = new ArrayList<>(handshake.events);
        if (status == SocksHandshake.Status.TRUNCATED) {
            return output(write.toByteArray(), events, new SessionOutput.NeedMore());
        }
        if (status == SocksHandshake.Status.INVALID) {
            end = new SessionEnd.ParserRefused(handshake.reply != null);
            if (handshake.reply == null) {
                write.writeBytes(TorReplies.streamResult(handshake.socksVersion, clientFamily,
                        EndReason.SOCKSPROTOCOL.toSocks5()));
            }
            phase = Phase.CLOSED;
            return output(write.toByteArray(), events, new SessionOutput.Close());
        }
        byte[] earlyData = buffer;
        buffer = new byte[0];
        return requestComplete(write, events, earlyData);
    }

    /** Tells the session how the request it handed out ended up, and gets tor's reply for that. */
    public SessionOutput complete(StreamOutcome outcome) {
        if (phase != Phase.AWAITING_OUTCOME) {
            throw new IllegalStateException("no request is waiting for an outcome (phase " + phase + ")");
        }
        boolean connect = request.kind() == SocksRequest.Kind.CONNECT;
        if (outcome instanceof StreamOutcome.Connected) {
            if (!connect) {
                throw new IllegalStateException("a " + request.kind() + " request cannot connect");
            }
            phase = Phase.OPEN;
            return output(TorReplies.streamResult(handshake.socksVersion, clientFamily, Socks5ReplyCode.SUCCEEDED),
                    List.of(), new SessionOutput.StreamData(new byte[0]));
        }
        byte[] reply;
        if (outcome instanceof StreamOutcome.Ended ended) {
            reply = connect ? connectFailure(ended.reason(), ended.extendedError())
                    : TorReplies.resolveFailure(handshake.socksVersion);
        } else if (outcome instanceof StreamOutcome.Resolved resolved) {
            if (connect) {
                throw new IllegalStateException("a CONNECT request gets no resolve answer");
            }
            reply = TorReplies.resolved(handshake.socksVersion, resolved.answer());
        } else {
            reply = connect ? connectFailure(EndReason.RESOLVEFAILED, Optional.empty())
                    : TorReplies.resolveFailure(handshake.socksVersion);
        }
        phase = Phase.CLOSED;
        return output(reply, List.of(), new SessionOutput.Close());
    }

    /**
     * The request message this session parsed, once one is complete, whether it was accepted, refused or
     * answered by tor itself; empty while the handshake is still going on or when it failed before a request.
     */
    public Optional<RequestMessage> requestMessage() {
        if (handshake.command == null || handshake.sentAddress == null) {
            return Optional.empty();
        }
        return Optional.of(new RequestMessage(version(), handshake.command, handshake.sentAddress, handshake.port,
                credentials()));
    }

    public boolean isClosed() {
        return phase == Phase.CLOSED;
    }

    /** How the session ended the connection itself, once it did; empty while a request is out or never came. */
    public Optional<SessionEnd> end() {
        return Optional.ofNullable(end);
    }

    /** The SOCKS version the client's messages established so far: 4, 5, or 0 before any was recognised. */
    public int socksVersion() {
        return handshake.socksVersion;
    }

    /** {@code fetch_from_buf_socks}: handle messages while they complete and tor expects more. */
    private SocksHandshake.Status fetch() {
        if (buffer.length < 2) {
            return SocksHandshake.Status.TRUNCATED;
        }
        while (true) {
            SocksHandshake.Parsed parsed = handshake.parse(buffer);
            switch (parsed.status()) {
                case INVALID:
                    buffer = new byte[0];
                    return SocksHandshake.Status.INVALID;
                case TRUNCATED:
                    return SocksHandshake.Status.TRUNCATED;
                case DONE:
                    buffer = Arrays.copyOfRange(buffer, parsed.consumed(), buffer.length);
                    return SocksHandshake.Status.DONE;
                default:
                    buffer = Arrays.copyOfRange(buffer, parsed.consumed(), buffer.length);
                    if (buffer.length < 2) {
                        return SocksHandshake.Status.TRUNCATED;
                    }
            }
        }
    }

    private SessionOutput requestComplete(ByteArrayOutputStream write, List<ClientStatusEvent> events,
            byte[] earlyData) {
        SocksCommand command = handshake.command;
        if (options.leaveStreamsUnattached()) {
            return ready(write, events, earlyData, handshake.address, SocksRequest.DestinationKind.NORMAL);
        }
        DestinationScreen.Verdict verdict = new DestinationScreen(options, mapping)
                .check(command, handshake.socksVersion, handshake.port, handshake.address, events);
        if (verdict instanceof DestinationScreen.Accept accept) {
            return ready(write, events, earlyData, accept.destination(), accept.kind());
        }
        if (verdict instanceof DestinationScreen.AnswerNow answer) {
            end = new SessionEnd.Answered(answer.answer());
            write.writeBytes(TorReplies.resolved(handshake.socksVersion, answer.answer()));
        } else {
            DestinationScreen.Reject reject = (DestinationScreen.Reject) verdict;
            end = new SessionEnd.Refused(reject.reason());
            write.writeBytes(command.equals(SocksCommand.CONNECT)
                    ? connectFailure(reject.reason(), reject.extendedError())
                    : TorReplies.resolveFailure(handshake.socksVersion));
        }
        phase = Phase.CLOSED;
        return output(write.toByteArray(), events, new SessionOutput.Close());
    }

    private SessionOutput ready(ByteArrayOutputStream write, List<ClientStatusEvent> events, byte[] earlyData,
            String destination, SocksRequest.DestinationKind kind) {
        request = new SocksRequest(version(), kind(), handshake.sentAddress, handshake.port, credentials(),
                destination, kind);
        phase = Phase.AWAITING_OUTCOME;
        return output(write.toByteArray(), events, new SessionOutput.RequestReady(request, earlyData));
    }

    private byte[] connectFailure(EndReason reason, Optional<Socks5ReplyCode> extendedError) {
        Socks5ReplyCode status = options.extendedErrors() && extendedError.isPresent()
                ? extendedError.get() : reason.toSocks5();
        return TorReplies.streamResult(handshake.socksVersion, clientFamily, status);
    }

    private SocksRequest.SocksVersion version() {
        if (handshake.socksVersion == 5) {
            return SocksRequest.SocksVersion.SOCKS5;
        }
        return handshake.socks4a ? SocksRequest.SocksVersion.SOCKS4A : SocksRequest.SocksVersion.SOCKS4;
    }

    private SocksRequest.Kind kind() {
        if (handshake.command.equals(SocksCommand.RESOLVE)) {
            return SocksRequest.Kind.RESOLVE;
        }
        return handshake.command.equals(SocksCommand.RESOLVE_PTR) ? SocksRequest.Kind.RESOLVE_PTR
                : SocksRequest.Kind.CONNECT;
    }

    private Optional<Credentials> credentials() {
        if (!handshake.gotAuth) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(
                handshake.username == null ? new byte[0] : handshake.username,
                handshake.password == null ? new byte[0] : handshake.password));
    }

    private static SessionOutput output(byte[] write, List<ClientStatusEvent> events, SessionOutput.Next next) {
        return new SessionOutput(write, events, next);
    }
}
