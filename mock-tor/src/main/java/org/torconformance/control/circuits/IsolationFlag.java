package org.torconformance.control.circuits;

import java.util.EnumSet;
import java.util.Set;

/**
 * A SocksPort isolation flag, declared in the order ISO_FIELDS lists them; SOCKSAUTH prints as
 * two fields.
 */
public enum IsolationFlag {
    DESTPORT("DESTPORT"), DESTADDR("DESTADDR"), SOCKSAUTH("SOCKS_USERNAME,SOCKS_PASSWORD"),
    CLIENTPROTO("CLIENT_PROTOCOL"), CLIENTADDR("CLIENTADDR"), SESSIONGRP("SESSION_GROUP"), NYM_EPOCH("NYM_EPOCH");

    /** Tor's ISO_DEFAULT: what a SocksPort isolates by unless told otherwise. */
    public static final Set<IsolationFlag> DEFAULT = EnumSet.of(SOCKSAUTH, CLIENTADDR, SESSIONGRP, NYM_EPOCH);

    final String fields;

    IsolationFlag(String fields) {
        this.fields = fields;
    }
}
