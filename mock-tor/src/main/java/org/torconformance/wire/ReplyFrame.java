package org.torconformance.wire;

/** What the reply decoder yields: a whole reply (or async event), or bytes it could not frame. */
public sealed interface ReplyFrame permits Reply, Malformed {
}
