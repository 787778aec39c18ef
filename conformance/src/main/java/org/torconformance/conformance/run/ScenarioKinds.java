package org.torconformance.conformance.run;

import java.util.List;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.conformance.target.NetworkTarget;
import org.torconformance.conformance.target.SocksClientTarget;
import org.torconformance.conformance.target.Target;

/**
 * Which scenarios each kind of target runs, as a Cucumber tag expression: controller libraries the
 * {@code @client} ones, SOCKS client programs the {@code @socks-client} ones, daemons (the mock, a live
 * tor) both the control-port {@code @daemon} and the SocksPort {@code @socks-daemon} ones, network
 * targets (a library on a private tor network, or on the mock as one) the {@code @network} ones.
 */
final class ScenarioKinds {
    static final String CLIENT = "@client";
    static final String SOCKS_CLIENT = "@socks-client";
    static final String DAEMON = "(@daemon or @socks-daemon)";
    static final String NETWORK = "@network";

    /** Every kind, for listing the cases. */
    static final List<String> ALL = List.of(CLIENT, SOCKS_CLIENT, DAEMON, NETWORK);

    private ScenarioKinds() {
    }

    static String of(Target target) {
        if (target instanceof ClientTarget) {
            return CLIENT;
        }
        if (target instanceof NetworkTarget) {
            return NETWORK;
        }
        return target instanceof SocksClientTarget ? SOCKS_CLIENT : DAEMON;
    }
}
