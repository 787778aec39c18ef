package org.torconformance.control.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address part of an exit-policy entry ({@code router_parse_addr_policy_item_from_string}):
 * {@code *}, {@code *4}, {@code *6}, {@code private}, a dotted IPv4 address or a bracketed IPv6
 * address with an optional {@code /mask}, then an optional {@code :port}, {@code :lo-hi} or {@code :*}.
 */
final class AddressPattern {
    private AddressPattern() {
    }

    static boolean valid(String pattern) {
        String address = pattern;
        String ports = null;
        int close = pattern.startsWith("[") ? pattern.indexOf(']') : -1;
        int colon = pattern.indexOf(':', Math.max(close, 0));
        if (pattern.startsWith("[") && close < 0) {
            return false;
        }
        if (colon >= 0) {
            address = pattern.substring(0, colon);
            ports = pattern.substring(colon + 1);
        }
        return validAddress(address) && (ports == null || validPorts(ports));
    }

    private static boolean validAddress(String a) {
        if (a.equals("*") || a.equals("*4") || a.equals("*6") || OptionNames.equalsIgnoreCase(a, "private")) {
            return true;
        }
        String mask = null;
        int slash = a.indexOf('/');
        if (slash >= 0) {
            mask = a.substring(slash + 1);
            a = a.substring(0, slash);
        }
        if (a.startsWith("[") && a.endsWith("]")) {
            return ipv6(a.substring(1, a.length() - 1)) && (mask == null || bits(mask, 128));
        }
        return ipv4(a) && (mask == null || bits(mask, 32) || ipv4(mask));
    }

    private static boolean validPorts(String p) {
        if (p.equals("*")) {
            return true;
        }
        int dash = p.indexOf('-');
        if (dash < 0) {
            return port(p, 1) >= 0;
        }
        int lo = port(p.substring(0, dash), 1);
        int hi = port(p.substring(dash + 1), 1);
        return lo >= 0 && hi >= lo;
    }

    /** A decimal port number not below {@code min} and at most 65535, or -1. */
    static int port(String s, int min) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int v = Integer.parseInt(s);
        return v >= min && v <= 65535 ? v : -1;
    }

    private static boolean bits(String s, int max) {
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9') && Integer.parseInt(s) <= max;
    }

    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean ipv6(String s) {
        if (s.isEmpty() || !s.contains(":") || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128 || c == ':' || c == '.')) {
            return false;
        }
        try {
            return InetAddress.getByName("[" + s + "]").getAddress().length == 16 || s.contains(".");
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
