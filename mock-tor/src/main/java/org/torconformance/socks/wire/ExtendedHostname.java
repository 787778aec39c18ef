package org.torconformance.socks.wire;

/**
 * Tor's {@code parse_extended_hostname}: classifies a (lower-cased, mapped) destination as a normal
 * hostname, a {@code .exit} name, a v3 onion, or a bad hostname.
 *
 * @param kind what tor made of the address
 * @param address what tor's address buffer holds afterwards: the bare 56-character id for an onion, the
 *     name without {@code .exit}, and for a failure whatever the in-place edits left behind (that text is
 *     what the SOCKS_BAD_HOSTNAME event shows)
 */
record ExtendedHostname(Kind kind, String address) {
    enum Kind { NORMAL, EXIT, ONION, BAD }

    private static final int ONION_ID_LENGTH = 56;

    static ExtendedHostname parse(String address) {
        int dot = address.lastIndexOf('.');
        if (dot < 0) {
            return new ExtendedHostname(Kind.NORMAL, address);
        }
        String tld = address.substring(dot + 1);
        if (tld.equals("exit")) {
            return new ExtendedHostname(Kind.EXIT, address.substring(0, dot));
        }
        if (!tld.equals("onion")) {
            return new ExtendedHostname(Kind.NORMAL, address);
        }
        String head = address.substring(0, dot);
        int subdomainDot = head.lastIndexOf('.');
        if (subdomainDot == 0) {
            return new ExtendedHostname(Kind.BAD, address);
        }
        String id = subdomainDot < 0 ? head : head.substring(subdomainDot + 1);
        if (id.length() > ONION_ID_LENGTH) {
            return new ExtendedHostname(Kind.BAD, address);
        }
        // Tor has already moved the id to the front of its buffer when it finds the id invalid, and
        // restoring the dot does not undo that: with a subdomain the failed address reads as the bare id.
        String afterFailure = subdomainDot < 0 ? address : id;
        if (id.length() == ONION_ID_LENGTH && OnionAddressCheck.isValid(id)) {
            return new ExtendedHostname(Kind.ONION, id);
        }
        return new ExtendedHostname(Kind.BAD, afterFailure);
    }
}
