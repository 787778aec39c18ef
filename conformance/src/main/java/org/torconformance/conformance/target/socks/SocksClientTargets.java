package org.torconformance.conformance.target.socks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.torconformance.conformance.target.Target;

/** The SOCKS client targets, by the name {@code --targets} takes. */
public final class SocksClientTargets {
    private SocksClientTargets() {
    }

    public static Map<String, Supplier<Target>> all() {
        Map<String, Supplier<Target>> all = new LinkedHashMap<>();
        all.put("curl-socks5h", CurlTarget::socks5Hostname);
        all.put("curl-socks4a", CurlTarget::socks4a);
        all.put("curl-socks5", CurlTarget::socks5);
        all.put("java-proxy", JavaProxyTarget::unresolved);
        all.put("java-proxy-resolved", JavaProxyTarget::resolved);
        all.put("torsocks", TorsocksTarget::new);
        return all;
    }
}
