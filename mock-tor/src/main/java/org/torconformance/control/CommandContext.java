package org.torconformance.control;

import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;
import org.torconformance.wire.Reply;

/** What a handler may do while answering one command on one session. */
public final class CommandContext {
    private final ControlSession session;
    private final Command command;

    CommandContext(ControlSession session, Command command) {
        this.session = session;
        this.command = command;
    }

    public ControlSession session() {
        return session;
    }

    public TorModel model() {
        return session.model();
    }

    public Command command() {
        return command;
    }

    /** The keyword as the controller typed it, up to a NUL (tor echoes it in errors with {@code %s}). */
    public String keywordAsTyped() {
        ByteString k = command.keyword();
        int nul = k.indexOf(0);
        return (nul < 0 ? k : k.slice(0, nul)).latin1();
    }

    public void reply(Reply reply) {
        session.write(reply.encode());
    }

    /**
     * A one-line reply: {@code NNN text}. Tor prints these with printf, so a value the controller
     * sent with a quoted {@code \n} escape comes back as a raw LF that splits the line (SETCONF's
     * 513 reasons): those bytes under tor quirks, the LF escaped as {@code \n} otherwise.
     */
    public void reply(int status, String text) {
        if (text.indexOf('\n') >= 0) {
            if (model().settings().torQuirks()) {
                writeRaw(ByteString.latin1(String.format("%03d %s\r\n", status, text)));
                return;
            }
            text = text.replace("\n", "\\n");
        }
        reply(Reply.of(status, text));
    }

    public void replyOk() {
        reply(Reply.ok());
    }

    /** Raw bytes, for tor's malformed replies (the quirks switch). */
    public void writeRaw(ByteString bytes) {
        session.write(bytes);
    }

    /** Tor's {@code connection_mark_for_close}: what was written still goes out, then the connection closes. */
    public void closeConnection() {
        session.closeAfterFlush();
    }
}
