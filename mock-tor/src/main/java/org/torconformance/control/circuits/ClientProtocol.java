package org.torconformance.control.circuits;

/** How the application reached tor, as {@code CLIENT_PROTOCOL=} reports it; UNKNOWN for tor's own and control-port streams. */
public enum ClientProtocol {
    SOCKS4, SOCKS5, TRANS, NATD, DNS, HTTPCONNECT, METRICS, UNKNOWN
}
