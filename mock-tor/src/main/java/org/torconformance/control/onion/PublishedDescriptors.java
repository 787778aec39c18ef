package org.torconformance.control.onion;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The current descriptor of each hosted service, built when first needed in a time period and
 * kept until the period ends, as a service keeps one descriptor until it rebuilds it.
 */
final class PublishedDescriptors {
    private record Published(TimePeriod period, String text) {
    }

    private final Map<String, Published> byServiceId = new HashMap<>();

    String current(HostedService service, Instant now, RandomGenerator random) {
        TimePeriod period = TimePeriod.at(now);
        Published p = byServiceId.get(service.serviceId());
        if (p == null || !p.period().equals(period)) {
            p = new Published(period, DescriptorBuilder.build(service.key(), period, now, random));
            byServiceId.put(service.serviceId(), p);
        }
        return p.text();
    }

    void forget(String serviceId) {
        byServiceId.remove(serviceId);
    }
}
