package org.torconformance.cli.dropin;

/**
 * The bootstrap phases a tor 0.4.9.11 client without cached directory information logs on its way
 * to 100%, as a live one did in a private network (tags and summaries from its log).
 */
public enum BootstrapPhase {
    STARTING(0, "starting", "Starting"),
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
    AP_HANDSHAKE_DONE(90, "ap_handshake_done", "Handshake finished with a relay to build circuits"),
    CIRCUIT_CREATE(95, "circuit_create", "Establishing a Tor circuit"),
    DONE(100, "done", "Done");

    private final int progress;
    private final String tag;
    private final String summary;

    BootstrapPhase(int progress, String tag, String summary) {
        this.progress = progress;
        this.tag = tag;
        this.summary = summary;
    }

    public int progress() {
        return progress;
    }

    public String tag() {
        return tag;
    }

    public String summary() {
        return summary;
    }

    /** The notice tor logs: {@code Bootstrapped 5% (conn): Connecting to a relay}. */
    public String logMessage() {
        return "Bootstrapped " + progress + "% (" + tag + "): " + summary;
    }

    /** What follows {@code STATUS_CLIENT} in the event, and what {@code status/bootstrap-phase} answers. */
    public String statusText() {
        return "NOTICE BOOTSTRAP PROGRESS=" + progress + " TAG=" + tag + " SUMMARY=\"" + summary + "\"";
    }

    public boolean isLast() {
        return this == DONE;
    }

    public BootstrapPhase next() {
        return values()[ordinal() + 1];
    }
}
