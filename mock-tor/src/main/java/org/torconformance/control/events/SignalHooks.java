package org.torconformance.control.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.torconformance.control.TorModel;

/**
 * Lets the modules that own the affected state react to SIGNAL and the DROP commands: the
 * configuration (RELOAD re-reads the torrc), the address map (CLEARDNSCACHE, NEWNYM), circuits
 * (NEWNYM marks them dirty), guards and build timeouts.
 */
public final class SignalHooks {
    /** Every method runs on the reactor, after the command's reply and before the SIGNAL event. */
    public interface Hook {
        default void reload() {
        }

        default void clearDnsCache() {
        }

        /**
         * NEWNYM really ran (not ignored, not deferred); {@code epoch} is the new NYM epoch. Tor
         * then also marks dirty circuits unusable and clears transient address mappings, as for
         * CLEARDNSCACHE (which is not called separately).
         */
        default void newIdentity(int epoch) {
        }

        default void dropGuards() {
        }

        default void dropTimeouts() {
        }
    }

    private final List<Hook> hooks = new ArrayList<>();

    public static SignalHooks of(TorModel model) {
        return model.part(SignalHooks.class, SignalHooks::new);
    }

    public void add(Hook hook) {
        hooks.add(hook);
    }

    void each(Consumer<Hook> call) {
        List.copyOf(hooks).forEach(call);
    }
}
