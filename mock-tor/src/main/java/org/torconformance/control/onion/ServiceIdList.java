package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of service IDs kept as tor keeps {@code ephemeral_onion_services} and the detached list:
 * looked up by exact (case-sensitive) string, and removed with {@code smartlist_del}, which moves
 * the last entry into the gap, so GETINFO shows a changed order after a deletion.
 */
final class ServiceIdList {
    private final List<String> ids = new ArrayList<>();

    void add(String serviceId) {
        ids.add(serviceId);
    }

    boolean contains(String serviceId) {
        return ids.contains(serviceId);
    }

    void remove(String serviceId) {
        int i = ids.indexOf(serviceId);
        if (i < 0) {
            return;
        }
        String last = ids.remove(ids.size() - 1);
        if (i < ids.size()) {
            ids.set(i, last);
        }
    }

    List<String> ids() {
        return List.copyOf(ids);
    }
}
