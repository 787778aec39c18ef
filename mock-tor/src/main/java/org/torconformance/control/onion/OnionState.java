package org.torconformance.control.onion;

import java.util.HashMap;
import java.util.Map;

/** Everything the onion module keeps: hosted services, client credentials, descriptors seen. */
final class OnionState {
    final OnionServices services = new OnionServices();
    final ClientCredentials credentials = new ClientCredentials();
    final ClientDescriptorCache clientCache = new ClientDescriptorCache();
    /** Descriptors HSPOSTed to the simulated HSDirs, by hex blinded key. */
    final Map<String, String> postedDescriptors = new HashMap<>();
}
