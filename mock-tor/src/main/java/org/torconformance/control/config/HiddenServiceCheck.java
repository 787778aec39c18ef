package org.torconformance.control.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The onion-service lines, as tor's {@code hs_config_service_all} reads them: each service starts
 * with HiddenServiceDir, has at least one HiddenServicePort, no directory twice, version 3 only,
 * and per-service options within tor's bounds. Tor explains the problem only in its log; the
 * controller gets one fixed text.
 */
final class HiddenServiceCheck implements ConfigCheck {
    static final String FAILED = "Failed to configure rendezvous options. See logs for details.";

    private static final Map<String, Predicate<String>> OPTION_VALUES = Map.ofEntries(
            Map.entry("HiddenServiceVersion", "3"::equals),
            Map.entry("HiddenServiceNumIntroductionPoints", v -> inRange(v, 1, 20)),
            Map.entry("HiddenServiceMaxStreams", v -> inRange(v, 0, 65535)),
            Map.entry("HiddenServiceAllowUnknownPorts", HiddenServiceCheck::bool),
            Map.entry("HiddenServiceMaxStreamsCloseCircuit", HiddenServiceCheck::bool),
            Map.entry("HiddenServiceDirGroupReadable", HiddenServiceCheck::bool),
            Map.entry("HiddenServiceOnionBalanceInstance", HiddenServiceCheck::bool),
            Map.entry("HiddenServiceEnableIntroDoSDefense", HiddenServiceCheck::bool),
            Map.entry("HiddenServicePoWDefensesEnabled", HiddenServiceCheck::bool),
            Map.entry("HiddenServiceExportCircuitID", v -> v.equals("haproxy") || v.equals("none")),
            Map.entry("HiddenServiceEnableIntroDoSRatePerSec", v -> inRange(v, 0, Integer.MAX_VALUE)),
            Map.entry("HiddenServiceEnableIntroDoSBurstPerSec", v -> inRange(v, 0, Integer.MAX_VALUE)),
            Map.entry("HiddenServicePoWQueueRate", v -> inRange(v, 0, Integer.MAX_VALUE)),
            Map.entry("HiddenServicePoWQueueBurst", v -> inRange(v, 0, Integer.MAX_VALUE)));

    @Override
    public ChangeOutcome check(ConfigState old, ConfigState proposed) {
        List<ConfigLine> lines = proposed.slot(proposed.table().get("HiddenServiceOptions"));
        return valid(lines) ? new ChangeOutcome.Changed(proposed) : ConfigCheck.refuse(FAILED);
    }

    static boolean valid(List<ConfigLine> lines) {
        Set<String> dirs = new HashSet<>();
        List<List<ConfigLine>> services = new ArrayList<>();
        for (ConfigLine l : lines) {
            if (l.key().equals("HiddenServiceDir")) {
                if (!dirs.add(l.value())) {
                    return false;
                }
                services.add(new ArrayList<>());
            } else if (services.isEmpty()) {
                return false;
            }
            services.get(services.size() - 1).add(l);
        }
        return services.stream().allMatch(HiddenServiceCheck::validService);
    }

    private static boolean validService(List<ConfigLine> service) {
        boolean hasPort = false;
        for (ConfigLine l : service.subList(1, service.size())) {
            if (l.key().equals("HiddenServicePort")) {
                if (!validPort(l.value())) {
                    return false;
                }
                hasPort = true;
            } else if (!OPTION_VALUES.getOrDefault(l.key(), v -> true).test(l.value())) {
                return false;
            }
        }
        return hasPort;
    }

    /** {@code VIRTPORT [TARGET]}: the target a port, {@code host:port} or {@code unix:path}. */
    static boolean validPort(String value) {
        String[] words = OptionValues.stripCSpace(value).split("[ \t]+");
        if (words.length > 2 || AddressPattern.port(words[0], 1) < 0) {
            return false;
        }
        if (words.length == 1) {
            return true;
        }
        String target = words[1];
        return target.startsWith("unix:") || AddressPattern.port(target, 1) >= 0 || PortLines.hostAndPort(target);
    }

    private static boolean bool(String v) {
        return v.equals("0") || v.equals("1");
    }

    private static boolean inRange(String v, long min, long max) {
        CNumbers.Scanned s = CNumbers.strtol(v);
        return s.converted() && !s.outOfRange() && s.end() == v.length() && s.value() >= min && s.value() <= max;
    }
}
