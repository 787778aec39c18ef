package org.torconformance.control.events;

import java.util.ArrayList;
import java.util.List;
import org.torconformance.control.TorModel;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.StatusEvent;

/**
 * How far the mocked tor has bootstrapped, and what follows from it: {@code status/bootstrap-phase},
 * {@code status/enough-dir-info}, {@code status/circuit-established}, and the NOTICE and
 * STATUS_CLIENT events tor writes when a milestone is reached. Progress only moves forward, as in
 * tor; a tor with DisableNetwork 1 stays at {@code starting}.
 */
public final class Bootstrap {
    private final TorModel model;
    private BootstrapPhase phase;
    private boolean enoughDirInfo;
    private boolean circuitEstablished;
    private boolean drivenElsewhere;
    private final List<Runnable> onDone = new ArrayList<>();

    private Bootstrap(TorModel model) {
        this.model = model;
    }

    public static Bootstrap of(TorModel model) {
        return model.part(Bootstrap.class, () -> new Bootstrap(model));
    }

    public BootstrapPhase phase() {
        return phase == null ? BootstrapPhase.STARTING : phase;
    }

    /** What {@code GETINFO status/bootstrap-phase} answers: the last bootstrap status tor sent. */
    public String lastMessage() {
        String text = bootstrapStatus().text().latin1();
        return text.substring("STATUS_CLIENT ".length());
    }

    public boolean enoughDirInfo() {
        return enoughDirInfo;
    }

    public boolean circuitEstablished() {
        return circuitEstablished;
    }

    /**
     * Another module walks the bootstrap at its own pace by calling {@link #reach} (the drop-in
     * tor, which also logs each phase on stdout); the mock's quick walk then stays off.
     */
    public void drivenElsewhere() {
        drivenElsewhere = true;
    }

    boolean isDrivenElsewhere() {
        return drivenElsewhere;
    }

    public boolean isDone() {
        return phase == BootstrapPhase.DONE;
    }

    /** Runs once the mocked tor reaches 100%, or now if it already has (circuits and streams wait for it). */
    public void whenDone(Runnable r) {
        if (isDone()) {
            r.run();
        } else {
            onDone.add(r);
        }
    }

    /** Announces {@code next} if it is further than the current phase, as control_event_bootstrap does. */
    public void reach(BootstrapPhase next) {
        if (phase != null && next.compareTo(phase) <= 0) {
            return;
        }
        if (next.compareTo(BootstrapPhase.ENOUGH_DIRINFO) >= 0 && !enoughDirInfo) {
            enoughDirInfo = true;
            clientStatus("ENOUGH_DIR_INFO");
        }
        if (next == BootstrapPhase.DONE) {
            circuitEstablished = true;
            LogEvents.of(model).notice("Tor has successfully opened a circuit. Looks like client functionality is working.");
        }
        phase = next;
        LogEvents.of(model).notice("Bootstrapped " + next.percent() + "% (" + next.tag() + "): " + next.summary());
        model.events().publish(bootstrapStatus());
        if (next == BootstrapPhase.DONE) {
            clientStatus("CIRCUIT_ESTABLISHED");
            List.copyOf(onDone).forEach(Runnable::run);
            onDone.clear();
        }
    }

    private StatusEvent bootstrapStatus() {
        return new StatusEvent("STATUS_CLIENT", "NOTICE", "BOOTSTRAP", phase().statusArgs());
    }

    private void clientStatus(String action) {
        model.events().publish(new StatusEvent("STATUS_CLIENT", "NOTICE", action, EventArgs.NONE));
    }
}
