package org.torconformance.control.events;

import java.time.Duration;
import org.torconformance.control.ControlModule;
import org.torconformance.control.TorModel;
import org.torconformance.wire.CommandSyntax;

/**
 * Events and the commands that act on the running process: SETEVENTS, SIGNAL, DROPGUARDS and
 * DROPTIMEOUTS, the per-second BW events, the bootstrap walk and its STATUS_CLIENT events, and the
 * log lines tor writes along the way.
 */
public final class EventsModule implements ControlModule {
    /** The longest a relay-mode SHUTDOWN makes the mock wait (tor waits ShutdownWaitLength, 30 s by default). */
    public static final Duration RELAY_SHUTDOWN_WAIT_CAP = Duration.ofSeconds(1);

    private final ProcessExit exit;
    private final Duration relayShutdownWaitCap;

    public EventsModule(ProcessExit exit) {
        this(exit, RELAY_SHUTDOWN_WAIT_CAP);
    }

    public EventsModule(ProcessExit exit, Duration relayShutdownWaitCap) {
        this.exit = exit;
        this.relayShutdownWaitCap = relayShutdownWaitCap;
    }

    @Override
    public void install(TorModel model) {
        BandwidthTicker bandwidth = new BandwidthTicker(model);
        model.commands().register("SETEVENTS", CommandSyntax.anyPositional(), new SetEventsCommand(bandwidth));
        Shutdown shutdown = new Shutdown(model, exit, relayShutdownWaitCap);
        model.commands().register("SIGNAL", CommandSyntax.positional(1, 1),
                new SignalCommand(new SignalActions(model, shutdown)));
        DropCommands drops = new DropCommands(model);
        model.commands().register("DROPGUARDS", CommandSyntax.positional(0, 0), drops::dropGuards);
        model.commands().register("DROPTIMEOUTS", CommandSyntax.positional(0, 0), drops::dropTimeouts);
        model.addSessionListener(new ControllerArrivals(model));
        Dormancy.of(model); // tor predicts its first circuits from start-up on
        new BootstrapRun(model).install();
    }
}
