package org.torconformance.socks.wire;

import java.util.Optional;

/** The address classes tor's SOCKS code refuses or treats specially: private, local, virtual. */
final class AddressClasses {
    private AddressClasses() {
    }

    /**
     * {@code tor_addr_is_internal(addr, 0)} as tor 0.4.9.11 behaves: IPv4-mapped IPv6 addresses are judged
     * by their IPv4 part (live tor rejects a CONNECT to [::ffff:127.0.0.1] as private).
     */
    static boolean isInternal(SocksAddress address) {
        if (address instanceof SocksAddress.Ipv6 v6) {
            byte[] b = v6.octets();
            if (isV4Mapped(b)) {
                return isInternalIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            if ((w0 & 0xfe00) == 0xfc00 || (w0 & 0xffc0) == 0xfe80 || (w0 & 0xffc0) == 0xfec0) {
                return true;
            }
            for (int i = 0; i < 15; i++) {
                if (b[i] != 0) {
                    return false;
                }
            }
            return (b[15] & 0xfe) == 0;
        } else if (address instanceof SocksAddress.Ipv4 v4) {
            return isInternalIpv4(v4.octets());
        }
        return true;
    }

    private static boolean isInternalIpv4(byte[] o) {
        int a = o[0] & 0xff;
        int b = o[1] & 0xff;
        return a == 10 || a == 0 || a == 127
                || (a == 100 && (b & 0xc0) == 0x40)
                || (a == 169 && b == 254)
                || (a == 172 && (b & 0xf0) == 16)
                || (a == 192 && b == 168);
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    /** {@code tor_addr_hostname_is_local}. */
    static boolean isLocalHostname(String name) {
        String lower = Ascii.lower(name);
        return lower.equals("localhost") || lower.equals("local") || lower.endsWith(".local");
    }

    /** {@code address_is_in_virtual_range} with the default VirtualAddrNetworkIPv4/IPv6. */
    static boolean isInVirtualRange(String address) {
        if (Ascii.lower(address).endsWith(".virtual")) {
            return true;
        }
        Optional<SocksAddress> parsed = TorAddresses.parse(address);
        if (parsed.isEmpty()) {
            return false;
        }
        if (parsed.get() instanceof SocksAddress.Ipv4 v4) {
            byte[] o = v4.octets();
            return (o[0] & 0xff) == 127 && (o[1] & 0xc0) == 0xc0;
        }
        byte[] o = ((SocksAddress.Ipv6) parsed.get()).octets();
        return (o[0] & 0xff) == 0xfe && (o[1] & 0xc0) == 0x80;
    }
}
