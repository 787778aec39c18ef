package org.torconformance.livetor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VotingScheduleTest {
    private static final VotingSchedule SCHEDULE = VotingSchedule.FASTEST;
    private static final Duration MARGIN = Duration.ofSeconds(4);

    @Test
    void votesGoOutFourSecondsBeforeEachTenSecondBoundary() {
        assertEquals(at("12:00:06"), SCHEDULE.nextVote(at("12:00:00")));
        assertEquals(at("12:00:16"), SCHEDULE.nextVote(at("12:00:06")));
        assertEquals(at("12:00:16"), SCHEDULE.nextVote(at("12:00:09.999")));
    }

    @Test
    void launchesAtOnceWhenTheVoteIsFarEnough() {
        assertEquals(Duration.ZERO, SCHEDULE.launchDelay(at("12:00:02"), MARGIN));
        assertEquals(Duration.ZERO, SCHEDULE.launchDelay(at("12:00:06.5"), MARGIN));
    }

    @Test
    void waitsUntilJustAfterAVoteThatIsTooClose() {
        assertEquals(Duration.ofMillis(3_500), SCHEDULE.launchDelay(at("12:00:03"), MARGIN));
        assertEquals(Duration.ofMillis(600), SCHEDULE.launchDelay(at("12:00:05.9"), MARGIN));
    }

    private static Instant at(String time) {
        return Instant.parse("2025-01-01T" + time + "Z");
    }
}
