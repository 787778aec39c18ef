package org.torconformance.wire.event;

import org.torconformance.wire.Reply;

/**
 * An asynchronous event, typed. Every event of tor 0.4.9's {@code events/names} plus PT_LOG and
 * PT_STATUS has a record; anything else, or an event whose shape does not match its type, is an
 * {@link UnknownEvent} that keeps the whole reply. Unknown arguments are kept in place (see
 * {@link EventArgs}), so {@code Events.parse(e.toReply())} equals {@code e} and tor's bytes
 * round-trip.
 *
 * <p>String fields hold the wire bytes one char per byte (Latin-1), which is lossless.
 */
public sealed interface TorEvent permits SingleLineEvent, ConfChangedEvent, NetworkStatusEvent, NewConsensusEvent,
        HsDescContentEvent, UnknownEvent {
    /** The event keyword as written on the wire: {@code CIRC}, {@code STATUS_CLIENT}, {@code NOTICE}, ... */
    String type();

    /** The event as tor writes it, status 650. */
    Reply toReply();
}
