package org.torconformance.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.torconformance.net.Connection;
import org.torconformance.net.ConnectionHandler;
import org.torconformance.wire.ArgumentParser;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;
import org.torconformance.wire.CommandFrame;
import org.torconformance.wire.Malformed;
import org.torconformance.wire.ProtocolProbe;

/**
 * One controller connection, as tor's {@code connection_control_process_inbuf} handles it: the
 * v0/HTTP probe before authentication, QUIT in any state, the authentication gate, the command
 * table with tor's generic argument parser, and a queue of events written between replies.
 */
public final class ControlSession implements ConnectionHandler {
    public enum State { NEEDAUTH, OPEN }

    static final String HTTP_REJECT = "HTTP/1.0 501 Tor ControlPort is not an HTTP proxy"
            + "\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n"
            + "<html>\n<head>\n<title>Tor's ControlPort is not an HTTP proxy</title>\n</head>\n<body>\n"
            + "<h1>Tor's ControlPort is not an HTTP proxy</h1>\n<p>\n"
            + "It appears you have configured your web browser to use Tor's control port as an HTTP proxy.\n"
            + "This is not correct: Tor's default SOCKS proxy port is 9050.\n"
            + "Please configure your client accordingly.\n</p>\n<p>\n"
            + "See <a href=\"https://www.torproject.org/documentation.html\">https://www.torproject.org/documentation.html</a>"
            + " for more information.\n"
            + "<!-- Plus this comment, to make the body response more than 512 bytes, so "
            + "     IE will be willing to display it. Comment comment comment comment "
            + "     comment comment comment comment comment comment comment comment.-->\n"
            + "</p>\n</body>\n</html>\n";

    static final String V0_MESSAGE = "The v0 control protocol is not supported by Tor 0.1.2.17 and later; upgrade your controller.";

    private static final int EVENT_QUEUE_KEPT = 1024;

    private final TorModel model;
    private final CommandDecoder decoder = new CommandDecoder();
    private final Set<String> subscriptions = new HashSet<>();
    private final Map<Class<?>, Object> attributes = new HashMap<>();
    private Connection connection;
    private State state = State.NEEDAUTH;
    private boolean sentProtocolInfo;
    private byte[] pendingSafeCookieClientHash;
    /** Events waiting for the end of the round; kept as raw bytes so a flush is one copy. */
    private byte[] queuedEvents;
    private int queuedLength;
    private SessionObserver observer = SessionObserver.NONE;
    private CommandInterceptor script;
    private ShapedOutput shaped;
    private int commandsSeen;

    ControlSession(TorModel model) {
        this.model = model;
    }

    public TorModel model() {
        return model;
    }

    public State state() {
        return state;
    }

    public boolean isAuthenticated() {
        return state == State.OPEN;
    }

    public Connection connection() {
        return connection;
    }

    public void setObserver(SessionObserver observer) {
        this.observer = observer;
    }

    /** A script that sees this session's commands first (before QUIT and the authentication gate). */
    public void setScript(CommandInterceptor script) {
        this.script = script;
    }

    /** Per-session state kept by a module (event masks, owned onion services, ...). */
    @SuppressWarnings("unchecked")
    public <T> T attribute(Class<T> type, Supplier<T> create) {
        return (T) attributes.computeIfAbsent(type, k -> create.get());
    }

    // --- authentication state, used by the auth module ---

    public void authenticated() {
        state = State.OPEN;
    }

    public boolean sentProtocolInfo() {
        return sentProtocolInfo;
    }

    public void markProtocolInfoSent() {
        sentProtocolInfo = true;
    }

    public byte[] pendingSafeCookieClientHash() {
        return pendingSafeCookieClientHash;
    }

    public void setPendingSafeCookieClientHash(byte[] hash) {
        pendingSafeCookieClientHash = hash;
    }

    // --- events ---

    public Set<String> subscriptions() {
        return Set.copyOf(subscriptions);
    }

    /** SETEVENTS replaces the whole set. */
    public void setSubscriptions(Set<String> names) {
        subscriptions.clear();
        subscriptions.addAll(names);
    }

    boolean isSubscribed(String type) {
        return state == State.OPEN && subscriptions.contains(type);
    }

    /** Returns true when this is the first event queued since the last flush. */
    boolean queueEvent(ByteString bytes) {
        if (connection == null || connection.isClosing()) {
            return false; // nothing more is written on a closing connection: keeping events would only grow memory
        }
        int n = bytes.length();
        if (queuedEvents == null) {
            queuedEvents = new byte[Math.max(EVENT_QUEUE_KEPT, n)];
        } else if (queuedLength + n > queuedEvents.length) {
            queuedEvents = Arrays.copyOf(queuedEvents, Math.max(queuedEvents.length * 2, queuedLength + n));
        }
        bytes.copyTo(queuedEvents, queuedLength);
        queuedLength += n;
        return queuedLength == n;
    }

    void flushEvents() {
        int n = queuedLength;
        queuedLength = 0;
        if (n == 0 || connection == null || connection.isClosing()) {
            return;
        }
        if (observer == SessionObserver.NONE && !shapingOutput()) {
            connection.write(queuedEvents, 0, n);
        } else {
            write(ByteString.of(queuedEvents, 0, n));
        }
        if (queuedEvents.length > EVENT_QUEUE_KEPT) {
            queuedEvents = null;
        }
    }

    private boolean shapingOutput() {
        return model.faultPolicy().shapesOutput() || (shaped != null && !shaped.idle());
    }

    // --- output ---

    public void write(ByteString bytes) {
        if (connection == null || connection.isClosing()) {
            return;
        }
        observer.sent(bytes);
        if (shapingOutput()) {
            if (shaped == null) {
                shaped = new ShapedOutput(connection);
            }
            shaped.write(bytes.toByteArray(), model.faultPolicy());
        } else {
            connection.write(bytes);
        }
    }

    public void closeAfterFlush() {
        if (connection != null) {
            connection.closeAfterFlush();
        }
    }

    // --- connection events ---

    @Override
    public void onOpen(Connection c) {
        connection = c;
        model.opened(this);
    }

    @Override
    public void onData(Connection c, byte[] buf, int off, int len) {
        if (observer != SessionObserver.NONE) {
            observer.received(ByteString.of(buf, off, len));
        }
        if (state == State.NEEDAUTH) {
            ByteString head = ByteString.concat(decoder.pendingPrefix(8), ByteString.of(buf, off, Math.min(len, 8)));
            byte[] h = head.toByteArray();
            switch (ProtocolProbe.classify(h, 0, h.length)) {
                case V0 -> {
                    write(v0Reject());
                    closeAfterFlush();
                    return;
                }
                case HTTP -> {
                    write(ByteString.latin1(HTTP_REJECT));
                    closeAfterFlush();
                    return;
                }
                case CONTROL -> {
                    // a control command: read on
                }
            }
        }
        decoder.feed(buf, off, len, this::onFrame);
    }

    private void onFrame(CommandFrame frame, long start, long end) {
        if (connection.isClosing()) {
            return;
        }
        if (frame instanceof Malformed) {
            write(ByteString.latin1("500 Line too long.\r\n"));
            closeAfterFlush();
            return;
        }
        handle((Command) frame);
    }

    private void handle(Command command) {
        observer.command(command);
        commandsSeen++;
        FaultPolicy policy = model.faultPolicy();
        if (policy.disconnectAfterCommands() > 0 && commandsSeen > policy.disconnectAfterCommands()) {
            if (policy.reset()) {
                connection.reset();
            } else {
                connection.close();
            }
            return;
        }
        if (script != null && script.intercept(this, command)) {
            return;
        }
        answerWithModel(command);
    }

    /** Answers {@code command} as tor would: QUIT, the authentication gate, interceptors, the command table. */
    public void answerWithModel(Command command) {
        CommandContext ctx = new CommandContext(this, command);
        if (truncatedKeyword(command).equalsIgnoreCase("QUIT")) {
            ctx.reply(250, "closing connection");
            closeAfterFlush();
            return;
        }
        if (state == State.NEEDAUTH && !isValidInitialCommand(truncatedKeyword(command))) {
            ctx.reply(514, "Authentication required.");
            closeAfterFlush();
            return;
        }
        for (CommandInterceptor i : model.interceptors()) {
            if (i.intercept(this, command)) {
                return;
            }
        }
        var entry = model.commands().lookup(command.keyword());
        if (entry.isEmpty()) {
            ctx.reply(510, "Unrecognized command \"" + ctx.keywordAsTyped() + "\"");
            return;
        }
        ArgumentParser.Result parsed = ArgumentParser.parse(command, entry.get().syntax());
        if (parsed instanceof ArgumentParser.Failed f) {
            ctx.reply(512, "Bad arguments to " + ctx.keywordAsTyped() + ": " + f.reason());
            return;
        }
        entry.get().handler().handle(ctx, ((ArgumentParser.Parsed) parsed).arguments());
    }

    private static ByteString truncatedKeyword(Command c) {
        ByteString k = c.keyword();
        int nul = k.indexOf(0);
        return nul < 0 ? k : k.slice(0, nul);
    }

    /** Tor's {@code is_valid_initial_command}. */
    private boolean isValidInitialCommand(ByteString keyword) {
        if (keyword.equalsIgnoreCase("PROTOCOLINFO")) {
            return !sentProtocolInfo && pendingSafeCookieClientHash == null;
        }
        if (keyword.equalsIgnoreCase("AUTHCHALLENGE")) {
            return pendingSafeCookieClientHash == null;
        }
        return keyword.equalsIgnoreCase("AUTHENTICATE") || keyword.equalsIgnoreCase("QUIT");
    }

    /** {@code len(msg)+4} as uint16, type 0, code 1, the message, a NUL, and one more zero byte. */
    static ByteString v0Reject() {
        byte[] msg = V0_MESSAGE.getBytes(StandardCharsets.US_ASCII);
        int bodyLen = 2 + msg.length + 2;
        ByteStringBuilder b = new ByteStringBuilder(bodyLen + 4);
        b.append(bodyLen >> 8).append(bodyLen & 0xFF).append(0).append(0).append(0).append(1);
        b.append(msg, 0, msg.length).append(0).append(0);
        return b.build();
    }

    @Override
    public void onClose(Connection c) {
        model.closed(this);
        observer.closed();
    }
}
