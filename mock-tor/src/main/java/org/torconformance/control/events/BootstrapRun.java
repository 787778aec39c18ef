package org.torconformance.control.events;

import java.time.Duration;
import java.util.List;
import org.torconformance.control.TorModel;
import org.torconformance.net.Reactor;

/**
 * The mock's stand-in for reaching the Tor network: with the network enabled it walks the
 * milestones a live tor 0.4.9.11 client logged in a private network (its guard connection serves
 * the circuits too, so 75% is followed by 90%) to 100% in a fraction of a second, where tor takes
 * seconds; with DisableNetwork 1 it does nothing, so the mock stays at 0% as tor does. Enabling
 * the network at run time starts the walk; disabling it stops the walk where it is. A module that
 * walks the bootstrap itself ({@link Bootstrap#drivenElsewhere}) turns this one off.
 */
final class BootstrapRun {
    static final Duration STEP = Duration.ofMillis(20);

    private static final List<BootstrapPhase> CLIENT_PATH = List.of(BootstrapPhase.CONN, BootstrapPhase.CONN_DONE,
            BootstrapPhase.HANDSHAKE, BootstrapPhase.HANDSHAKE_DONE, BootstrapPhase.ONEHOP_CREATE,
            BootstrapPhase.REQUESTING_STATUS, BootstrapPhase.LOADING_STATUS, BootstrapPhase.LOADING_KEYS,
            BootstrapPhase.REQUESTING_DESCRIPTORS, BootstrapPhase.LOADING_DESCRIPTORS, BootstrapPhase.ENOUGH_DIRINFO,
            BootstrapPhase.AP_HANDSHAKE_DONE, BootstrapPhase.CIRCUIT_CREATE, BootstrapPhase.DONE);

    private final TorModel model;
    private Reactor.Timer next;

    BootstrapRun(TorModel model) {
        this.model = model;
    }

    void install() {
        Bootstrap.of(model).reach(BootstrapPhase.STARTING);
        if (!networkDisabled()) {
            start();
        }
        model.config().addListener((option, before, after) -> {
            if (option.equalsIgnoreCase("DisableNetwork") && !Bootstrap.of(model).isDrivenElsewhere()) {
                if (networkDisabled()) {
                    stop();
                } else {
                    start();
                }
            }
        });
    }

    private boolean networkDisabled() {
        return model.config().bool("DisableNetwork");
    }

    private void start() {
        if (Bootstrap.of(model).isDrivenElsewhere()) {
            return;
        }
        if (Bootstrap.of(model).isDone()) {
            NetworkLiveness.of(model).set(true);
        } else if (next == null) {
            step(0);
        }
    }

    private void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
        NetworkLiveness.of(model).set(false);
    }

    private void step(int index) {
        next = model.reactor().schedule(STEP, () -> {
            if (Bootstrap.of(model).isDrivenElsewhere()) {
                next = null;
                return;
            }
            BootstrapPhase phase = CLIENT_PATH.get(index);
            Bootstrap.of(model).reach(phase);
            if (phase == BootstrapPhase.HANDSHAKE_DONE) {
                NetworkLiveness.of(model).set(true);
            }
            if (index + 1 < CLIENT_PATH.size()) {
                step(index + 1);
            } else {
                next = null;
            }
        });
    }
}
