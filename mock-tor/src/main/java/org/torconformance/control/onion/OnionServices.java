package org.torconformance.control.onion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.torconformance.control.ControlSession;
import org.torconformance.crypto.OnionAddress;

/**
 * The ephemeral onion services the mock hosts, and who owns them: a control connection, or
 * nobody (Detach). Services owned by a connection vanish when it closes.
 */
final class OnionServices {
    private final Map<String, HostedService> byServiceId = new LinkedHashMap<>();
    private final ServiceIdList detached = new ServiceIdList();
    private final PublishedDescriptors descriptors = new PublishedDescriptors();

    boolean hosts(String serviceId) {
        return byServiceId.containsKey(serviceId);
    }

    Optional<HostedService> get(OnionAddress address) {
        return Optional.ofNullable(byServiceId.get(OnionAddress.of(address.publicKey()).serviceId()));
    }

    void add(HostedService service, Optional<ControlSession> owner) {
        byServiceId.put(service.serviceId(), service);
        owner.map(OnionServices::ownedBy).orElse(detached).add(service.serviceId());
    }

    /** Removes a service owned by {@code session} or detached; false if it is neither (tor's 552). */
    boolean removeOwnedOrDetached(String serviceId, ControlSession session) {
        ServiceIdList list = ownedBy(session).contains(serviceId) ? ownedBy(session) : detached;
        if (!list.contains(serviceId)) {
            return false;
        }
        list.remove(serviceId);
        forget(serviceId);
        return true;
    }

    void connectionClosed(ControlSession session) {
        ownedBy(session).ids().forEach(this::forget);
    }

    /** The service's current descriptor (see {@link PublishedDescriptors}). */
    String descriptor(HostedService service, Instant now, RandomGenerator random) {
        return descriptors.current(service, now, random);
    }

    private void forget(String serviceId) {
        byServiceId.remove(serviceId);
        descriptors.forget(serviceId);
    }

    ServiceIdList detached() {
        return detached;
    }

    static ServiceIdList ownedBy(ControlSession session) {
        return session.attribute(ServiceIdList.class, ServiceIdList::new);
    }
}
