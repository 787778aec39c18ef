package org.torconformance.livetor;

/** What a tor process does in a {@link TorNetwork}. */
public enum NodeRole {
    /** Directory authority that relays nothing out of the network. */
    AUTHORITY,
    /** Directory authority that is also the exit: it knows every relay at once, so streams work at the client's 100%. */
    EXIT_AUTHORITY,
    /** Non-exit relay. */
    RELAY,
    /** The client whose ControlPort and SocksPort tests use. */
    CLIENT;

    boolean isAuthority() {
        return this == AUTHORITY || this == EXIT_AUTHORITY;
    }

    boolean isRelay() {
        return this != CLIENT;
    }
}
