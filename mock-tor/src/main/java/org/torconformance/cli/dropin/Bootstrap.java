package org.torconformance.cli.dropin;

import static org.torconformance.control.events.BootstrapPhase.AP_HANDSHAKE_DONE;
import static org.torconformance.control.events.BootstrapPhase.CIRCUIT_CREATE;
import static org.torconformance.control.events.BootstrapPhase.CONN;
import static org.torconformance.control.events.BootstrapPhase.CONN_DONE;
import static org.torconformance.control.events.BootstrapPhase.DONE;
import static org.torconformance.control.events.BootstrapPhase.ENOUGH_DIRINFO;
import static org.torconformance.control.events.BootstrapPhase.HANDSHAKE;
import static org.torconformance.control.events.BootstrapPhase.HANDSHAKE_DONE;
import static org.torconformance.control.events.BootstrapPhase.LOADING_DESCRIPTORS;
import static org.torconformance.control.events.BootstrapPhase.LOADING_KEYS;
import static org.torconformance.control.events.BootstrapPhase.LOADING_STATUS;
import static org.torconformance.control.events.BootstrapPhase.ONEHOP_CREATE;
import static org.torconformance.control.events.BootstrapPhase.REQUESTING_DESCRIPTORS;
import static org.torconformance.control.events.BootstrapPhase.REQUESTING_STATUS;
import static org.torconformance.control.events.BootstrapPhase.STARTING;

import java.time.Duration;
import java.util.List;
import org.torconformance.control.ControlModule;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.BootstrapPhase;

/**
 * The drop-in tor's bootstrap: from {@code starting} to {@code done} on a timer, each phase logged
 * as tor logs it and published as a {@code STATUS_CLIENT BOOTSTRAP} event, with
 * {@code ENOUGH_DIR_INFO} before 75% and {@code CIRCUIT_ESTABLISHED} after 100%, as tor orders them.
 * With {@code DisableNetwork 1} it waits at 0% until a controller sets DisableNetwork 0. Reactor
 * thread only.
 */
public final class Bootstrap implements ControlModule {
    /** The phases a tor 0.4.9.11 client without cached directory information logged in a private network. */
    private static final List<BootstrapPhase> CLIENT_PHASES = List.of(STARTING, CONN, CONN_DONE, HANDSHAKE, HANDSHAKE_DONE,
            ONEHOP_CREATE, REQUESTING_STATUS, LOADING_STATUS, LOADING_KEYS, REQUESTING_DESCRIPTORS, LOADING_DESCRIPTORS,
            ENOUGH_DIRINFO, AP_HANDSHAKE_DONE, CIRCUIT_CREATE, DONE);

    private final TorLog log;
    private final Duration firstStep;
    private final Duration step;
    private TorModel model;
    private int reached;
    private boolean started;
    private boolean stepPending;

    /**
     * @param firstStep the wait at 0% (tor waits about a second before its first connection)
     * @param step      the wait between later phases
     */
    public Bootstrap(TorLog log, Duration firstStep, Duration step) {
        this.log = log;
        this.firstStep = firstStep;
        this.step = step;
    }

    @Override
    public void install(TorModel m) {
        this.model = m;
        m.putPart(Bootstrap.class, this);
        org.torconformance.control.events.Bootstrap.of(m).drivenElsewhere();
        m.config().addListener((option, oldValues, newValues) -> {
            if (option.equalsIgnoreCase("DisableNetwork")) {
                disableNetworkChanged();
            }
        });
    }

    public BootstrapPhase phase() {
        return CLIENT_PHASES.get(reached);
    }

    private boolean done() {
        return reached == CLIENT_PHASES.size() - 1;
    }

    /** Logs 0% and starts the clock; call on the reactor once the listeners are announced. */
    public void start() {
        started = true;
        announce();
        log.notice("Starting with guard context \"default\"");
        if (networkDisabled()) {
            log.notice("Delaying directory fetches: DisableNetwork is set.");
        } else {
            schedule(firstStep);
        }
    }

    private void disableNetworkChanged() {
        if (networkDisabled()) {
            log.notice("DisableNetwork is set. Tor will not make or accept non-control network connections. "
                    + "Shutting down all existing connections.");
        } else if (started) {
            schedule(step);
        }
    }

    private boolean networkDisabled() {
        return model.config().bool("DisableNetwork");
    }

    private void schedule(Duration delay) {
        if (stepPending || done()) {
            return;
        }
        stepPending = true;
        model.reactor().schedule(delay, this::advance);
    }

    private void advance() {
        stepPending = false;
        if (networkDisabled() || done()) {
            return;
        }
        reached++;
        announce();
        if (!done()) {
            schedule(step);
        }
    }

    /** On stdout here; the events module's Bootstrap writes the events (ENOUGH_DIR_INFO, CIRCUIT_ESTABLISHED too). */
    private void announce() {
        log.notice(phase().logMessage());
        org.torconformance.control.events.Bootstrap.of(model).reach(phase());
    }
}
