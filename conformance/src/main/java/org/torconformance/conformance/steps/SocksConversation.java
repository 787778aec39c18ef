package org.torconformance.conformance.steps;

import io.cucumber.java.After;
import org.torconformance.conformance.run.RunContext;
import org.torconformance.conformance.socks.RawSocksClient;
import org.torconformance.conformance.target.Daemon;

/**
 * One SOCKS daemon case's state, shared by its step classes: the daemon, the raw SOCKS client's connection
 * to its SocksPort, and the bytes of the last reply. After the case it hands the report the conversation.
 */
public final class SocksConversation {
    Daemon daemon;
    RawSocksClient client;
    byte[] lastReply = new byte[0];
    final StringBuilder controlLog = new StringBuilder();

    RunContext run() {
        return RunContext.current();
    }

    Daemon daemon() {
        if (daemon == null) {
            throw new IllegalStateException("no daemon: add 'Given a daemon with a SocksPort'");
        }
        return daemon;
    }

    RawSocksClient client() {
        if (client == null) {
            throw new IllegalStateException("no SOCKS connection: add 'When the SOCKS client connects to the SocksPort'");
        }
        return client;
    }

    @After("@socks-daemon")
    public void cleanUp() {
        String log = controlLog + (client == null ? "" : client.log());
        run().recordWireLog(log);
        if (client != null) {
            client.close();
        }
    }
}
