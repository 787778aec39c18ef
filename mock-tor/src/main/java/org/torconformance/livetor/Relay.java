package org.torconformance.livetor;

/**
 * A non-exit, non-authority relay of a {@link TorNetwork}, usable in paths as guard or middle. It runs
 * with {@code DirCache 0}: relays get their first consensus late, and a client that picked one as a
 * directory source stalled ~10 s at "Loading relay descriptors". (tor then warns that the relay will not
 * become a Guard, but TestingDirAuthVoteGuard still gives it the flag.)
 */
public record Relay(String nickname, String fingerprint, int orPort) {
}
