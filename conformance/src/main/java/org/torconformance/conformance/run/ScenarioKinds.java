package org.torconformance.conformance.run;

import java.util.List;
import java.util.stream.Collectors;
import org.torconformance.conformance.target.ClientTarget;
import org.torconformance.conformance.target.NetworkTarget;
import org.torconformance.conformance.target.SocksClientTarget;
import org.torconformance.conformance.target.Target;

/**
 * Which scenarios each kind of target runs, as a Cucumber tag expression: controller libraries the
 * {@code @client} ones, SOCKS client programs the {@code @socks-client} ones, daemons (the mock, a live
 * tor) both the control-port {@code @daemon} and the SocksPort {@code @socks-daemon} ones, network
 * targets (a library on a private tor network, or on the mock as one) the {@code @network} ones. A
 * network case runs only on network targets, whatever other tags it carries.
 */
final class ScenarioKinds {
    static final String CLIENT = "@client";
    static final String SOCKS_CLIENT = "@socks-client";
    static final String DAEMON = "(@daemon or @socks-daemon)";
    static final String NETWORK = "@network";

    /** Every kind, for listing the cases. */
    static final List<String> ALL = List.of(notNetwork(CLIENT), notNetwork(SOCKS_CLIENT), notNetwork(DAEMON), NETWORK);

    private ScenarioKinds() {
    }

    /** The target's kind, less the tags it skips ({@code @mock-only} on a live tor). */
    static String of(Target target) {
        String kind = target instanceof ClientTarget ? notNetwork(CLIENT) : target instanceof SocksClientTarget ? notNetwork(SOCKS_CLIENT)
                : target instanceof NetworkTarget ? NETWORK : notNetwork(DAEMON);
        return kind + target.skippedTags().stream().map(tag -> " and not " + tag).collect(Collectors.joining());
    }

    private static String notNetwork(String kind) {
        return kind + " and not " + NETWORK;
    }
}
