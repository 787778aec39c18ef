package org.torconformance.socks.wire;

import java.util.ArrayList;
import java.util.List;

/** Tor's hostname acceptance tests for SOCKS destinations. Strings are Latin-1, one char per byte. */
final class HostnameRules {
    private HostnameRules() {
    }

    /** {@code string_is_valid_dest}: the parser-level check; a failure is answered with REP 01 / CD 5B. */
    static boolean isValidDestination(String address) {
        if (address.isEmpty()) {
            return false;
        }
        String s = address;
        if (s.charAt(0) == '[' && s.charAt(s.length() - 1) == ']' && s.length() >= 2) {
            s = s.substring(1, s.length() - 1);
        }
        return Ipv4Text.parse(s).isPresent()
                || Ipv6Text.parse(s).isPresent()
                || isValidNonRfcHostname(s);
    }

    /** {@code string_is_valid_nonrfc_hostname}: ASCII alnum, '-' and '_' labels; one trailing dot allowed. */
    static boolean isValidNonRfcHostname(String s) {
        if (s.isEmpty() || Ipv4Text.parse(s).isPresent()) {
            return false;
        }
        List<String> labels = splitKeepingEmpty(s, '.');
        if (labels.get(labels.size() - 1).isEmpty()) {
            labels.remove(labels.size() - 1);
        }
        for (String label : labels) {
            if (label.isEmpty() || label.charAt(0) == '-' || label.charAt(0) == '_') {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!Ascii.isAlnum(c) && c != '-' && c != '_') {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code address_is_invalid_destination(address, 1)} with AllowNonRFC953Hostnames at its default 0. */
    static boolean isInvalidClientDestination(String address) {
        if (TorAddresses.parse(address).isPresent()) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!Ascii.isAlnum(c) && c != '-' && c != '.' && c != '_') {
                return true;
            }
        }
        return false;
    }

    private static List<String> splitKeepingEmpty(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
