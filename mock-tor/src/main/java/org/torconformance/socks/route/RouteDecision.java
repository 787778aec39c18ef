package org.torconformance.socks.route;

import java.util.Optional;

/**
 * The rule that applies to a destination, and how it was found.
 *
 * @param route the first applicable rule
 * @param reverseName set when an address destination was routed by a name rule that resolves to it: the
 *     name (exact rules only) a RESOLVE_PTR answers with
 * @param byResolution true when an address destination matched a name rule through what that rule
 *     resolves to, rather than through an address pattern
 */
public record RouteDecision(Route route, Optional<String> reverseName, boolean byResolution) {

    public RouteAction action() {
        return route.action();
    }

    /** True when the rule names the destination by address: an address there is expected, not leaked. */
    public boolean addressDeclared() {
        return route.pattern().namesAnAddress();
    }
}
