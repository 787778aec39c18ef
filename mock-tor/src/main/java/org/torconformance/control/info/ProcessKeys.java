package org.torconformance.control.info;

import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;

/** The process: pid, user, limits and uptime. */
final class ProcessKeys {
    private ProcessKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        info.key("process/pid", "Process id belonging to the main tor process.",
                Keys.constant(Long.toString(model.settings().pid())));
        info.key("process/uid", "User id running the tor process.", Keys.computed(() -> Long.toString(HostFacts.uid())));
        info.key("process/user", "Username under which the tor process is running.", Keys.computed(HostFacts::user));
        info.key("process/descriptor-limit", "File descriptor limit.",
                Keys.computed(() -> Long.toString(HostFacts.descriptorLimit())));
        info.key("limits/max-mem-in-queues", "Actual limit on memory in queues",
                Keys.computed(() -> Long.toString(maxMemInQueues(model))));
        info.key("uptime", "Uptime of the Tor daemon in seconds.", Keys.computed(() -> Long.toString(model.uptimeSeconds())));
    }

    private static long maxMemInQueues(TorModel model) {
        return model.config().value("MaxMemInQueues").flatMap(HostFacts::memorySize).filter(n -> n > 0)
                .orElseGet(HostFacts::defaultMaxMemInQueues);
    }
}
