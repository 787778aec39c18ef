package org.torconformance.wire;

/** What the command decoder yields: a whole command, or bytes it could not frame. */
public sealed interface CommandFrame permits Command, Malformed {
}
