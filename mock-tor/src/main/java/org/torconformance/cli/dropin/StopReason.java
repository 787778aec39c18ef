package org.torconformance.cli.dropin;

import java.util.List;

/** Why the drop-in tor stops, and the notices tor logs on its way out; tor exits 0 for each. */
public sealed interface StopReason {
    List<String> notices();

    /** SIGTERM or SIGINT. */
    record Signal(String name) implements StopReason {
        @Override
        public List<String> notices() {
            return name.equals("INT") ? List.of("Interrupt: exiting cleanly.")
                    : List.of("Catching signal TERM, exiting cleanly.");
        }
    }

    /** The {@code __OwningControllerProcess} process is gone. */
    record OwnerProcessGone(long pid) implements StopReason {
        @Override
        public List<String> notices() {
            return List.of("Monitored process " + pid + " is dead.",
                    "Owning controller process has vanished -- exiting now.",
                    "Catching signal TERM, exiting cleanly.");
        }
    }

    /** A connection that sent TAKEOWNERSHIP closed. */
    record OwnerConnectionClosed() implements StopReason {
        @Override
        public List<String> notices() {
            return List.of("Owning controller connection has closed -- exiting now.",
                    "Catching signal TERM, exiting cleanly.");
        }
    }

    /** The mock stopped for another reason (closed by its own API). */
    record MockStopped() implements StopReason {
        @Override
        public List<String> notices() {
            return List.of();
        }
    }
}
