package org.torconformance.control.addrmap;

import org.torconformance.control.config.TorConfig;

/** The torrc options the address map reads, looked up when needed so SETCONF takes effect at once. */
record AddressMapSettings(TorConfig config) {
    boolean allowNonRfc953Hostnames() {
        return config.bool("AllowNonRFC953Hostnames");
    }

    VirtualNetwork virtualIpv4() {
        return config.value("VirtualAddrNetworkIPv4").flatMap(VirtualNetwork::parse).orElse(VirtualNetwork.DEFAULT_IPV4);
    }

    VirtualNetwork virtualIpv6() {
        return config.value("VirtualAddrNetworkIPv6").flatMap(VirtualNetwork::parse).orElse(VirtualNetwork.DEFAULT_IPV6);
    }
}
