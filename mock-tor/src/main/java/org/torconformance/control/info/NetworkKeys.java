package org.torconformance.control.info;

import java.util.stream.Collectors;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.events.Dormancy;
import org.torconformance.control.events.NetworkLiveness;
import org.torconformance.control.events.Traffic;

/**
 * The mocked tor as a client on the network: no address or fingerprint (tor answers those only as
 * a relay), traffic counters, cached BW samples, liveness and circuit-building dormancy.
 */
final class NetworkKeys {
    private NetworkKeys() {
    }

    static void install(TorModel model) {
        InfoRegistry info = model.info();
        info.key("address", "IP address of this Tor host, if we can guess it.", Keys.failing("Address unknown"));
        info.key("address/v4", "IPv4 address of this Tor host, if we can guess it.", Keys.failing("Address unknown"));
        info.key("address/v6", "IPv6 address of this Tor host, if we can guess it.", Keys.failing("Address unknown"));
        info.key("fingerprint", null, Keys.failing("Not running in server mode"));
        Traffic traffic = Traffic.of(model);
        info.key("traffic/read", "Bytes read since the process was started.", Keys.computed(() -> Long.toString(traffic.read())));
        info.key("traffic/written", "Bytes written since the process was started.",
                Keys.computed(() -> Long.toString(traffic.written())));
        info.key("bw-event-cache", "Cached BW events for a short interval.", Keys.computed(() -> traffic.cachedSamples()
                .stream().map(s -> s.read() + "," + s.written()).collect(Collectors.joining(" "))));
        info.key("dormant", "Is Tor dormant (not building circuits because it's idle)?", Keys.computed(
                () -> Keys.flag(Dormancy.of(model).circuitBuildingDormant(model.settings().clock().instant()))));
        info.key("network-liveness", "Current opinion on whether the network is live",
                Keys.computed(() -> NetworkLiveness.of(model).isUp() ? "up" : "down"));
    }
}
