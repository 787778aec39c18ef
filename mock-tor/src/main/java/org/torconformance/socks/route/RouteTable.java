package org.torconformance.socks.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mock's map of the world behind its SOCKS port. The rules a test adds are tried before the defaults;
 * within each group a rule naming the destination wins over a name rule that resolves to it, which wins
 * over a catch-all {@code *}; ties go to the first rule. Safe to read and extend from any thread.
 *
 * <p>Defaults: {@code localhost} and {@code *.test} connect to 127.0.0.1 on the port the client asked for;
 * everything else is unreachable (see {@link Refusal.Unreachable}).
 *
 * <p>A destination given as an address is matched against address patterns, and also against name rules
 * through the address they resolve to ({@code connect} resolves to 127.0.0.1, or to its {@code as}
 * address): a client that resolved {@code web.test} itself and sent 127.0.0.1 reaches the server
 * {@code web.test} routes to (and the journal flags the DNS leak).
 */
public final class RouteTable {
    private static final List<Route> DEFAULTS = List.of(
            new Route(new HostPattern.Exact("localhost"), RouteAction.Connect.requestedPort()),
            new Route(new HostPattern.Suffix("test"), RouteAction.Connect.requestedPort()),
            new Route(new HostPattern.Any(), new RouteAction.Refuse(new Refusal.Unreachable())));

    private final List<Route> added = new CopyOnWriteArrayList<>();

    public RouteTable(List<Route> routes) {
        added.addAll(routes);
    }

    public RouteTable() {
        this(List.of());
    }

    public static List<Route> defaults() {
        return DEFAULTS;
    }

    /** Adds a rule after the rules added before it, ahead of the defaults. */
    public void add(Route route) {
        added.add(route);
    }

    public void add(String rule) {
        add(Route.parse(rule));
    }

    /** Every rule in the order they are tried, defaults last. */
    public List<Route> routes() {
        List<Route> all = new ArrayList<>(added);
        all.addAll(DEFAULTS);
        return all;
    }

    /**
     * The rule for a destination in tor's form (lower-cased hostname, dotted quad, bracketed IPv6). The added
     * rules are tried first, then the defaults; within each group: the first rule whose pattern names the
     * destination (exact, suffix, address, network), else for an address the first name rule that resolves
     * to it, else the first catch-all {@code *}.
     */
    public RouteDecision decide(String destination) {
        Optional<byte[]> address = HostNames.address(destination);
        return decideIn(List.copyOf(added), destination, address)
                .or(() -> decideIn(DEFAULTS, destination, address))
                .orElseThrow(() -> new IllegalStateException("the catch-all default route is missing"));
    }

    private static Optional<RouteDecision> decideIn(List<Route> group, String destination, Optional<byte[]> address) {
        for (Route route : group) {
            if (!(route.pattern() instanceof HostPattern.Any) && route.pattern().matches(destination)) {
                return Optional.of(new RouteDecision(route, Optional.empty(), false));
            }
        }
        if (address.isPresent()) {
            for (Route route : group) {
                if (resolvesTo(route, address.get())) {
                    Optional<String> name = route.pattern() instanceof HostPattern.Exact exact
                            ? Optional.of(exact.name()) : Optional.empty();
                    return Optional.of(new RouteDecision(route, name, true));
                }
            }
        }
        return group.stream().filter(r -> r.pattern() instanceof HostPattern.Any).findFirst()
                .map(r -> new RouteDecision(r, Optional.empty(), false));
    }

    /** The names whose rules resolve to this address, for explaining a leak. */
    public List<String> namesFor(String destination) {
        Optional<byte[]> address = HostNames.address(destination);
        List<String> names = new ArrayList<>();
        if (address.isPresent()) {
            for (Route route : routes()) {
                if (resolvesTo(route, address.get())) {
                    names.add(route.pattern().toString());
                }
            }
        }
        return names;
    }

    private static boolean resolvesTo(Route route, byte[] address) {
        boolean namePattern = route.pattern() instanceof HostPattern.Exact || route.pattern() instanceof HostPattern.Suffix;
        return namePattern && route.action().resolvesTo()
                .map(a -> Arrays.equals(HostNames.octets(a), address)).orElse(false);
    }

    @Override
    public String toString() {
        return routes().toString();
    }
}
