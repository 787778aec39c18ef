package org.torconformance.control.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.torconformance.wire.Reply;

/** The SIGNAL row of facts §3.2 and the SIGNAL event of §2.2, as tor 0.4.9.11 behaves. */
class SignalTest {
    @Test
    @DisplayName("every name and alias, in any case, answers 250 OK and then 650 SIGNAL <canonical name>")
    void namesAndAliases() {
        String[][] cases = {{"reload", "RELOAD"}, {"Hup", "RELOAD"}, {"dump", "DUMP"}, {"usr1", "DUMP"},
            {"debug", "DEBUG"}, {"USR2", "DEBUG"}, {"clearDnsCache", "CLEARDNSCACHE"}, {"heartbeat", "HEARTBEAT"},
            {"active", "ACTIVE"}, {"dormant", "DORMANT"}};
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS SIGNAL");
            for (String[] c : cases) {
                assertEquals("250 OK\r\n650 SIGNAL " + c[1] + "\r\n", s.exchange("SIGNAL " + c[0]), c[0]);
            }
        }
    }

    @Test
    @DisplayName("unknown names get 552; the generic parser wants exactly one argument")
    void errors() {
        try (EventSession s = EventSession.offline()) {
            assertEquals("552 Unrecognized signal code \"FOO\"\r\n", s.exchange("SIGNAL FOO"));
            assertEquals("552 Unrecognized signal code \"SIGHUP\"\r\n", s.exchange("SIGNAL SIGHUP"));
            assertEquals("512 Bad arguments to SIGNAL: Need at least 1 argument(s)\r\n", s.exchange("SIGNAL"));
            assertEquals("512 Bad arguments to signal: Cannot accept more than 1 argument(s)\r\n", s.exchange("signal a b"));
        }
    }

    @Test
    @DisplayName("NEWNYM on a tor without client ports is ignored: no event, an INFO line, no new epoch")
    void newnymWithoutClientPorts() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS SIGNAL INFO");
            assertEquals("250 OK\r\n650 INFO signewnym_impl(): Ignoring SIGNAL NEWNYM because client functionality is disabled.\r\n",
                    s.exchange("SIGNAL NEWNYM"));
            assertEquals("250 OK\r\n650 INFO signewnym_impl(): Ignoring SIGNAL NEWNYM because client functionality is disabled.\r\n",
                    s.exchange("SIGNAL NEWNYM"), "never rate-limited, since no NEWNYM ever ran");
            assertEquals(0, s.onReactor(() -> NymEpoch.of(s.tor().model()).current()));
        }
    }

    @Test
    @DisplayName("NEWNYM with a SocksPort: a new epoch and 650 SIGNAL NEWNYM; within 10 s deferred, then run once")
    void newnymRateLimit() {
        try (EventSession s = EventSession.start("DisableNetwork", "1")) {
            AtomicInteger identities = new AtomicInteger();
            s.onReactor(() -> {
                SignalHooks.of(s.tor().model()).add(new SignalHooks.Hook() {
                    @Override
                    public void newIdentity(int epoch) {
                        identities.set(epoch);
                    }
                });
                return null;
            });
            s.ok("SETEVENTS SIGNAL NOTICE");
            assertEquals("250 OK\r\n650 SIGNAL NEWNYM\r\n", s.exchange("SIGNAL NEWNYM"));
            assertEquals(1, identities.get());
            String limited = s.exchange("SIGNAL NEWNYM");
            assertTrue(limited.matches("250 OK\r\n650 NOTICE Rate limiting NEWNYM request: delaying by (9|10) second\\(s\\)\r\n"),
                    limited);
            assertTrue(s.exchange("SIGNAL NEWNYM").startsWith("250 OK\r\n650 NOTICE Rate limiting NEWNYM request: delaying by "));
            assertEquals("SIGNAL NEWNYM", s.nextEvent(Duration.ofSeconds(12)).orElseThrow());
            assertEquals(2, s.onReactor(() -> NymEpoch.of(s.tor().model()).current()), "the deferred requests run as one");
            assertEquals(2, identities.get());
        }
    }

    @Test
    @DisplayName("RELOAD/HUP: tor's reload notices, the config hook, then 650 SIGNAL RELOAD")
    void reload() {
        try (EventSession s = EventSession.offline()) {
            AtomicInteger reloads = new AtomicInteger();
            s.onReactor(() -> {
                SignalHooks.of(s.tor().model()).add(new SignalHooks.Hook() {
                    @Override
                    public void reload() {
                        reloads.incrementAndGet();
                    }
                });
                return null;
            });
            s.ok("SETEVENTS NOTICE SIGNAL");
            assertEquals("250 OK\r\n"
                    + "650 NOTICE Received reload signal (hup). Reloading config and resetting internal state.\r\n"
                    + "650 NOTICE DisableNetwork is set. Tor will not make or accept non-control network connections. "
                    + "Shutting down all existing connections.\r\n"
                    + "650 SIGNAL RELOAD\r\n", s.exchange("SIGNAL HUP"));
            assertEquals(1, reloads.get());
        }
    }

    @Test
    @DisplayName("DUMP/USR1: tor's statistics at NOTICE (at INFO for a controller listening to INFO)")
    void dump() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS NOTICE SIGNAL");
            String[] lines = s.exchange("SIGNAL USR1").split("\r\n");
            assertEquals("250 OK", lines[0]);
            assertEquals("650 NOTICE Dumping stats:", lines[1]);
            assertTrue(lines[2].matches("650 NOTICE Conn 0 \\(socket 6\\) is a Control listener connection \\(ready\\) on "
                    + "127\\.0\\.0\\.1:" + s.tor().controlPort() + ", created \\d+ secs ago"), lines[2]);
            assertTrue(lines[3].matches("650 NOTICE Conn 1 \\(socket 7\\) is a Control connection \\(open \\(protocol v1\\)\\) "
                    + "from 127\\.0\\.0\\.1:\\d+, created \\d+ secs ago"), lines[3]);
            assertEquals("650 NOTICE Conn 1: 8 bytes waiting on outbuf (len 4096, last written 0 secs ago)", lines[5]);
            assertEquals("650 NOTICE Cells processed: 0 padding                  0 create                  0 created"
                    + "                  0 relay                         (0 relayed)                         (0 delivered)"
                    + "                  0 destroy", lines[8]);
            assertEquals("650 NOTICE --------------- Dumping history information:", lines[lines.length - 2]);
            assertEquals("650 SIGNAL DUMP", lines[lines.length - 1]);
            s.ok("SETEVENTS INFO SIGNAL");
            assertTrue(s.exchange("SIGNAL DUMP").startsWith("250 OK\r\n650 INFO Dumping stats:\r\n"));
        }
    }

    @Test
    @DisplayName("DEBUG/USR2: tor's DEBUG line, then the event")
    void debug() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS DEBUG SIGNAL");
            assertEquals("250 OK\r\n650 DEBUG process_signal(): Caught USR2, going to loglevel debug. Send HUP to change back.\r\n"
                    + "650 SIGNAL DEBUG\r\n", s.exchange("SIGNAL USR2"));
        }
    }

    @Test
    @DisplayName("HEARTBEAT: the heartbeat notice with uptime, traffic and connections, an INFO line, the event")
    void heartbeat() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS NOTICE INFO SIGNAL");
            String out = s.exchange("SIGNAL HEARTBEAT");
            assertTrue(out.matches("250 OK\r\n650 NOTICE Heartbeat: Tor's uptime is 0:00 hours, with 0 circuits open\\. "
                    + "I've sent 0 kB and received 0 kB\\. I've received 1 connections on IPv4 and 0 on IPv6\\. "
                    + "I've made 0 connections with IPv4 and 0 with IPv6\\.\r\n"
                    + "650 INFO log_heartbeat\\(\\): Average packaged cell fullness: 100\\.000%\\. TLS write overhead: 0%\r\n"
                    + "650 SIGNAL HEARTBEAT\r\n"), out);
        }
    }

    @Test
    @DisplayName("DORMANT and ACTIVE switch participation (logged), not GETINFO dormant")
    void dormantAndActive() {
        try (EventSession s = EventSession.offline()) {
            s.ok("SETEVENTS NOTICE SIGNAL");
            assertEquals("250 OK\r\n650 SIGNAL ACTIVE\r\n", s.exchange("SIGNAL ACTIVE"));
            assertEquals("250 OK\r\n650 NOTICE Going dormant because of controller request.\r\n650 SIGNAL DORMANT\r\n",
                    s.exchange("SIGNAL DORMANT"));
            assertEquals("250-dormant=0\r\n250 OK\r\n", s.exchange("GETINFO dormant"));
            assertEquals("250 OK\r\n650 NOTICE Going dormant because of controller request.\r\n650 SIGNAL DORMANT\r\n",
                    s.exchange("SIGNAL DORMANT"));
            assertEquals("250 OK\r\n650 NOTICE Tor is no longer dormant.\r\n650 SIGNAL ACTIVE\r\n", s.exchange("SIGNAL ACTIVE"));
            assertEquals("250 OK\r\n650 SIGNAL ACTIVE\r\n", s.exchange("SIGNAL ACTIVE"));
        }
    }

    @Test
    @DisplayName("CLEARDNSCACHE runs the address map's hook, then the event")
    void clearDnsCache() {
        try (EventSession s = EventSession.offline()) {
            List<String> calls = new ArrayList<>();
            s.onReactor(() -> {
                SignalHooks.of(s.tor().model()).add(new SignalHooks.Hook() {
                    @Override
                    public void clearDnsCache() {
                        calls.add("cleared");
                    }
                });
                return null;
            });
            s.ok("SETEVENTS SIGNAL");
            assertEquals("250 OK\r\n650 SIGNAL CLEARDNSCACHE\r\n", s.exchange("SIGNAL CLEARDNSCACHE"));
            assertEquals(List.of("cleared"), calls);
        }
    }

    @Test
    @DisplayName("HALT/TERM/INT and a client's SHUTDOWN: 250 OK is flushed, nothing after it, every controller closed, the mock stops")
    void exits() throws Exception {
        for (String name : new String[] {"HALT", "term", "INT", "shutdown"}) {
            try (EventSession s = EventSession.offline(); var watcher = EventSession.connect(s.tor())) {
                watcher.send("SETEVENTS NOTICE SIGNAL\r\n");
                assertEquals(Reply.ok(), watcher.nextReply(EventSession.WAIT).orElseThrow());
                s.client().send("SIGNAL " + name + "\r\nGETINFO version\r\n");
                assertTrue(s.client().awaitClosed(EventSession.WAIT), name);
                assertEquals("250 OK\r\n", s.client().drain(Duration.ZERO, Duration.ZERO).latin1(), name);
                assertTrue(watcher.awaitClosed(EventSession.WAIT), name);
                assertEquals("", watcher.drain(Duration.ZERO, Duration.ZERO).latin1().replace("250 OK\r\n", ""), name);
                s.tor().stopped().get(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    @Test
    @DisplayName("a relay's SHUTDOWN announces ShutdownWaitLength, keeps answering, then stops; a second one stops at once")
    void relayShutdown() throws Exception {
        try (EventSession s = EventSession.offline("ORPort", "127.0.0.1:9", "ShutdownWaitLength", "3")) {
            s.ok("SETEVENTS NOTICE");
            assertEquals("250 OK\r\n650 NOTICE Interrupt: we have stopped accepting new connections, and will shut down in 3 "
                    + "seconds. Interrupt again to exit now.\r\n", s.exchange("SIGNAL SHUTDOWN"));
            assertEquals("250-version=0.4.9.11\r\n250 OK\r\n", s.exchange("GETINFO version"));
            s.tor().stopped().get(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        try (EventSession s = EventSession.offline("ORPort", "9001")) {
            s.ok("SIGNAL SHUTDOWN");
            s.ok("SIGNAL SHUTDOWN");
            await().atMost(Duration.ofMillis(500)).until(() -> s.tor().stopped().isDone());
        }
    }
}
