package org.torconformance.livetor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The authorities' voting timetable. Intervals start at multiples of {@code interval} counted from the
 * epoch (tor counts from midnight UTC, the same instants), and votes go out {@code voteDelay +
 * distDelay} before each interval starts.
 */
record VotingSchedule(Duration interval, Duration voteDelay, Duration distDelay) {
    /** 10/2/2: the shortest V3AuthVotingInterval tor accepts; chutney's 20/4/4 doubles the bootstrap time. */
    static final VotingSchedule FASTEST = new VotingSchedule(Duration.ofSeconds(10), Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    private static final Duration AFTER_VOTE = Duration.ofMillis(500);

    List<String> authorityTorrcLines() {
        return List.of(
                "TestingV3AuthInitialVotingInterval " + interval.toSeconds(),
                "TestingV3AuthInitialVoteDelay " + voteDelay.toSeconds(),
                "TestingV3AuthInitialDistDelay " + distDelay.toSeconds(),
                "V3AuthVotingInterval " + interval.toSeconds(),
                "V3AuthVoteDelay " + voteDelay.toSeconds(),
                "V3AuthDistDelay " + distDelay.toSeconds());
    }

    Instant nextVote(Instant now) {
        long intervalMillis = interval.toMillis();
        long lead = voteDelay.plus(distDelay).toMillis();
        long nowMillis = now.toEpochMilli();
        long vote = Math.floorDiv(nowMillis + lead, intervalMillis) * intervalMillis + intervalMillis - lead;
        return Instant.ofEpochMilli(vote);
    }

    /**
     * How long to wait before launching relays so that they have {@code margin} to upload descriptors
     * before the next vote: a vote that comes too soon would produce a first consensus missing relays,
     * and the client would lose a whole interval. Then the launch waits until just after that vote.
     */
    Duration launchDelay(Instant now, Duration margin) {
        Instant vote = nextVote(now);
        Duration untilVote = Duration.between(now, vote);
        return untilVote.compareTo(margin) >= 0 ? Duration.ZERO : untilVote.plus(AFTER_VOTE);
    }
}
