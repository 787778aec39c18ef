package org.torconformance.control.config;

import java.util.List;

/**
 * The options a running tor will not change ({@code options_transition_allowed} and the immutable
 * flag), each refused with {@code While Tor is running, changing <Option> is not allowed}.
 */
final class TransitionCheck implements ConfigCheck {
    static final List<String> FIXED_WHILE_RUNNING = List.of("__OwningControllerFD", "PidFile", "RunAsDaemon", "Sandbox",
            "User", "KeepBindCapabilities", "SyslogIdentityTag", "DataDirectory", "CacheDirectory", "KeyDirectory",
            "HardwareAccel", "AccelName", "DisableAllSwap", "DisableDebuggerAttachment", "NoExec", "__DisableSignalHandlers",
            "TokenBucketRefillInterval");

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        for (String name : FIXED_WHILE_RUNNING) {
            OptionDef def = proposed.table().get(name);
            if (!old.same(proposed, def)) {
                return new ChangeOutcome.Refused(SetOptError.TRANSITION, "While Tor is running, changing " + name + " is not allowed");
            }
        }
        return new ChangeOutcome.Changed(proposed);
    }
}
