package org.torconformance.control.config;

import java.util.List;

/**
 * The first word of a {@code *Port} line as tor's {@code parse_port_config} reads it: {@code auto},
 * a bare port ({@code 0} disables), {@code unix:path} or {@code address:port} (the port {@code auto}
 * or 1-65535; an address alone is refused). The flags after it are not checked: tor only warns
 * about flags it does not know.
 */
final class PortLines {
    private PortLines() {
    }

    static boolean valid(String line) {
        String first = OptionValues.stripCSpace(line);
        if (first.isEmpty()) {
            return true;
        }
        int space = indexOfSpace(first);
        if (space >= 0) {
            first = first.substring(0, space);
        }
        if (first.startsWith("unix:")) {
            return first.length() > "unix:".length();
        }
        if (OptionNames.equalsIgnoreCase(first, "auto")) {
            return true;
        }
        if (first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return AddressPattern.port(first, 0) >= 0;
        }
        return hostAndPort(first);
    }

    /** {@code host:port} with the port {@code auto} or 1-65535; the host an IPv4 address, a bracketed IPv6 address or a name. */
    static boolean hostAndPort(String s) {
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || (s.startsWith("[") && colon < s.indexOf(']'))) {
            return false;
        }
        String host = s.substring(0, colon);
        String port = s.substring(colon + 1);
        boolean portOk = OptionNames.equalsIgnoreCase(port, "auto") || AddressPattern.port(port, 1) >= 0;
        return portOk && validHost(host);
    }

    static boolean validHost(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return AddressPattern.ipv6(host.substring(1, host.length() - 1));
        }
        if (AddressPattern.ipv4(host)) {
            return true;
        }
        return !host.isEmpty() && !host.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')
                && host.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_'));
    }

    static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CNumbers.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The port groups in the order tor parses them, with the name its error message uses. */
    static final List<String> GROUPS = List.of("SocksPort", "DNSPort", "TransPort", "NATDPort", "HTTPTunnelPort",
            "ControlPort", "ExtORPort", "MetricsPort", "ORPort", "DirPort");
}
