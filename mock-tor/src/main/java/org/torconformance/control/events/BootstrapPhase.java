package org.torconformance.control.events;

import org.torconformance.wire.event.EventArgs;

/** Tor 0.4.x's bootstrap milestones: progress percentage, tag and summary (control_bootstrap.c). */
public enum BootstrapPhase {
    STARTING(0, "starting", "Starting"),
    CONN_PT(1, "conn_pt", "Connecting to pluggable transport"),
    CONN_DONE_PT(2, "conn_done_pt", "Connected to pluggable transport"),
    CONN_PROXY(3, "conn_proxy", "Connecting to proxy"),
    CONN_DONE_PROXY(4, "conn_done_proxy", "Connected to proxy"),
    CONN(5, "conn", "Connecting to a relay"),
    CONN_DONE(10, "conn_done", "Connected to a relay"),
    HANDSHAKE(14, "handshake", "Handshaking with a relay"),
    HANDSHAKE_DONE(15, "handshake_done", "Handshake with a relay done"),
    ONEHOP_CREATE(20, "onehop_create", "Establishing an encrypted directory connection"),
    REQUESTING_STATUS(25, "requesting_status", "Asking for networkstatus consensus"),
    LOADING_STATUS(30, "loading_status", "Loading networkstatus consensus"),
    LOADING_KEYS(40, "loading_keys", "Loading authority key certs"),
    REQUESTING_DESCRIPTORS(45, "requesting_descriptors", "Asking for relay descriptors"),
    LOADING_DESCRIPTORS(50, "loading_descriptors", "Loading relay descriptors"),
    ENOUGH_DIRINFO(75, "enough_dirinfo", "Loaded enough directory info to build circuits"),
    AP_CONN_PT(76, "ap_conn_pt", "Connecting to pluggable transport to build circuits"),
    AP_CONN_DONE_PT(77, "ap_conn_done_pt", "Connected to pluggable transport to build circuits"),
    AP_CONN_PROXY(78, "ap_conn_proxy", "Connecting to proxy to build circuits"),
    AP_CONN_DONE_PROXY(79, "ap_conn_done_proxy", "Connected to proxy to build circuits"),
    AP_CONN(80, "ap_conn", "Connecting to a relay to build circuits"),
    AP_CONN_DONE(85, "ap_conn_done", "Connected to a relay to build circuits"),
    AP_HANDSHAKE(89, "ap_handshake", "Finishing handshake with a relay to build circuits"),
    AP_HANDSHAKE_DONE(90, "ap_handshake_done", "Handshake finished with a relay to build circuits"),
    CIRCUIT_CREATE(95, "circuit_create", "Establishing a Tor circuit"),
    DONE(100, "done", "Done");

    private final int percent;
    private final String tag;
    private final String summary;

    BootstrapPhase(int percent, String tag, String summary) {
        this.percent = percent;
        this.tag = tag;
        this.summary = summary;
    }

    public int percent() {
        return percent;
    }

    public String tag() {
        return tag;
    }

    public String summary() {
        return summary;
    }

    /** The notice tor logs: {@code Bootstrapped 5% (conn): Connecting to a relay}. */
    public String logMessage() {
        return "Bootstrapped " + percent + "% (" + tag + "): " + summary;
    }

    /** {@code PROGRESS=n TAG=t SUMMARY="s"}, printed by tor with printf (the summary is not escaped). */
    EventArgs statusArgs() {
        return EventArgs.builder().bare("PROGRESS", Integer.toString(percent)).bare("TAG", tag)
                .bare("SUMMARY", "\"" + summary + "\"").build();
    }
}
