package org.torconformance.control.events;

import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.torconformance.control.ControlSession;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.config.Configuration;
import org.torconformance.wire.event.SignalEvent;

/**
 * What each signal does to the mocked tor once SIGNAL has answered {@code 250 OK}, with the log
 * lines tor 0.4.9.11 writes on the way and the {@code 650 SIGNAL} event at the end.
 */
final class SignalActions {
    private final TorModel model;
    private final Shutdown shutdown;
    private final Newnym newnym;

    SignalActions(TorModel model, Shutdown shutdown) {
        this.model = model;
        this.shutdown = shutdown;
        this.newnym = new Newnym(model);
    }

    void perform(Signal signal, ControlSession requester) {
        LogEvents log = LogEvents.of(model);
        switch (signal) {
            case SHUTDOWN -> shutdown.shutdown();
            case HALT -> shutdown.halt();
            case NEWNYM -> newnym.request();
            case RELOAD -> {
                reload(log);
                announce(signal);
            }
            case DUMP -> {
                String severity = DumpSeverity.of(model);
                for (String line : StatsDump.lines(dumpFacts(requester))) {
                    log.publishLog(severity, line);
                }
                announce(signal);
            }
            case DEBUG -> {
                log.publishLog("DEBUG", "process_signal(): Caught USR2, going to loglevel debug. Send HUP to change back.");
                announce(signal);
            }
            case CLEARDNSCACHE -> {
                SignalHooks.of(model).each(SignalHooks.Hook::clearDnsCache);
                announce(signal);
            }
            case HEARTBEAT -> {
                Heartbeat.lines(heartbeatFacts(requester)).forEach(l -> log.publishLog(l.severity(), l.message()));
                announce(signal);
            }
            case ACTIVE -> {
                Dormancy dormancy = Dormancy.of(model);
                if (!dormancy.participating()) {
                    log.notice("Tor is no longer dormant.");
                    dormancy.setParticipating(true);
                }
                announce(signal);
            }
            case DORMANT -> {
                log.notice("Going dormant because of controller request.");
                Dormancy.of(model).setParticipating(false);
                announce(signal);
            }
        }
    }

    private void reload(LogEvents log) {
        log.notice("Received reload signal (hup). Reloading config and resetting internal state.");
        Configuration.of(model).torrcFile().ifPresent(path -> log.notice("Read configuration file \"" + path + "\"."));
        SignalHooks.of(model).each(SignalHooks.Hook::reload);
        if (model.config().bool("DisableNetwork")) {
            log.notice("DisableNetwork is set. Tor will not make or accept non-control network connections. "
                    + "Shutting down all existing connections.");
        }
    }

    private void announce(Signal signal) {
        model.events().publish(SignalEvent.of(signal.name()));
    }

    private StatsDump.Facts dumpFacts(ControlSession requester) {
        Instant now = model.settings().clock().instant();
        long uptime = model.uptimeSeconds();
        List<StatsDump.ListenerFacts> listeners = new ArrayList<>();
        ListenerAddresses addresses = ListenerAddresses.of(model);
        for (ListenerAddresses.Type type : ListenerAddresses.Type.values()) {
            for (String address : addresses.addresses(type)) {
                listeners.add(new StatsDump.ListenerFacts(type.description(), address, uptime));
            }
        }
        List<StatsDump.ControllerFacts> controllers = new ArrayList<>();
        for (ControlSession s : model.sessions()) {
            if (s.connection() == null) {
                continue;
            }
            Instant opened = s.attribute(ControllerClock.class, () -> new ControllerClock(now)).opened();
            controllers.add(new StatsDump.ControllerFacts(s.isAuthenticated(), remote(s),
                    Duration.between(opened, now).toSeconds(), s == requester));
        }
        Traffic traffic = Traffic.of(model);
        return new StatsDump.Facts(listeners, controllers, uptime, traffic.read(), traffic.written());
    }

    private static String remote(ControlSession s) {
        SocketAddress a = s.connection().remoteAddress();
        return a == null ? "unix:" : ListenerAddresses.format(a);
    }

    private Heartbeat.Facts heartbeatFacts(ControlSession requester) {
        Traffic traffic = Traffic.of(model);
        return new Heartbeat.Facts(model.uptimeSeconds(), openCircuits(requester), traffic.written(), traffic.read(),
                ConnectionCounts.of(model));
    }

    /** Counted from {@code circuit-status}, so the mock's circuit model needs no hook for it. */
    private int openCircuits(ControlSession requester) {
        if (model.info().answer("circuit-status", requester) instanceof InfoRegistry.Value v) {
            return (int) v.value().latin1().lines().filter(l -> !l.isEmpty()).count();
        }
        return 0;
    }
}
