package org.torconformance.conformance.steps;

import io.cucumber.java.After;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.torconformance.MockTor;
import org.torconformance.conformance.run.RunContext;
import org.torconformance.conformance.socks.JournalText;
import org.torconformance.conformance.socks.WebServer;
import org.torconformance.conformance.target.FetchResult;
import org.torconformance.conformance.target.SocksClientTarget;
import org.torconformance.socks.journal.SocksJournalEntry;

/**
 * One SOCKS client case's state, shared by its step classes (picocontainer makes one per scenario): the web
 * server, the mock with its SocksPort, the names a local resolver would answer, and what the client
 * reported. After the case it hands the report the client's output and the mock's SOCKS journal.
 */
public final class SocksClientCase {
    WebServer web;
    MockTor mock;
    /** What this machine's resolver would answer, for clients that look names up themselves. */
    final Map<String, InetAddress> localNames = new LinkedHashMap<>();
    FetchResult result;
    final List<AutoCloseable> resources = new ArrayList<>();

    RunContext run() {
        return RunContext.current();
    }

    SocksClientTarget target() {
        if (run().target() instanceof SocksClientTarget t) {
            return t;
        }
        throw new IllegalStateException("this step needs a SOCKS client target, the run's target is " + run().target().name());
    }

    WebServer web() {
        if (web == null) {
            throw new IllegalStateException("no web server: add 'Given a web server on 127.0.0.1 that answers ...'");
        }
        return web;
    }

    MockTor mock() {
        if (mock == null) {
            throw new IllegalStateException("no mock: add 'Given a mock tor with a SocksPort'");
        }
        return mock;
    }

    FetchResult result() {
        if (result == null) {
            throw new IllegalStateException("the client fetched nothing: add 'When the client fetches ...'");
        }
        return result;
    }

    /** Every request the client made, each with its outcome decided (the client has finished by now). */
    List<SocksJournalEntry.Request> requests() {
        Duration bound = run().timeouts().step();
        for (SocksJournalEntry.Request r : mock().socksJournal().requests()) {
            if (r.isPending()) {
                mock().socksJournal().awaitOutcome(x -> x.sequence() == r.sequence(), bound);
            }
        }
        return mock().socksJournal().requests();
    }

    @After("@socks-client")
    public void cleanUp() {
        StringBuilder log = new StringBuilder();
        if (result != null) {
            log.append(result.transcript()).append("\n\n");
        }
        if (mock != null) {
            log.append("SOCKS journal:\n").append(JournalText.of(mock.socksJournal()));
        }
        if (web != null) {
            log.append("web server requests: ").append(web.requests()).append('\n');
        }
        run().recordWireLog(log.toString());
        if (mock != null) {
            mock.close();
        }
        if (web != null) {
            web.close();
        }
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception ignored) {
                // releasing a case's port
            }
        }
    }
}
