package org.torconformance.control.addrmap;

/**
 * Tor's {@code address_is_invalid_destination}: a client destination may be an IP address or a
 * name made of letters, digits, '-', '.' and '_' (Windows sends underscores), unless
 * {@code AllowNonRFC953Hostnames} lets anything through.
 */
public final class DestinationCheck {
    private DestinationCheck() {
    }

    public static boolean isInvalid(String address, boolean allowNonRfc953) {
        if (allowNonRfc953 || IpAddress.parse(address).isPresent()) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_';
            if (!ok) {
                return true;
            }
        }
        return false;
    }

    /** MAPADDRESS targets may start with the wildcard {@code *.}; the rest must be a valid destination. */
    public static boolean isInvalidMapTarget(String address, boolean allowNonRfc953) {
        return isInvalid(address.startsWith("*.") ? address.substring(2) : address, allowNonRfc953);
    }
}
