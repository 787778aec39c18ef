package org.torconformance.socks.route;

/**
 * One routing rule: destinations matching {@code pattern} get {@code action}. Written as text
 * {@code PATTERN -> ACTION}, e.g. {@code web.test -> connect 127.0.0.1:8080}; see {@link RouteParser}.
 */
public record Route(HostPattern pattern, RouteAction action) {

    /** Reads a rule from its text form; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Route parse(String text) {
        return RouteParser.parse(text);
    }

    @Override
    public String toString() {
        return pattern + " -> " + action;
    }
}
