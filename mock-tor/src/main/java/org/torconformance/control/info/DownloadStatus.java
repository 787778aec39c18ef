package org.torconformance.control.info;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One of tor's download_status_t records, written as {@code download_status_to_string} writes it. */
record DownloadStatus(Instant nextAttemptAt, String schedule, String wantAuthority, String incrementOn) {
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    String format() {
        return "next-attempt-at " + ISO_TIME.format(nextAttemptAt) + "\n"
                + "n-download-failures 0\n"
                + "n-download-attempts 0\n"
                + "schedule " + schedule + "\n"
                + "want-authority " + wantAuthority + "\n"
                + "increment-on " + incrementOn + "\n"
                + "backoff DL_SCHED_RANDOM_EXPONENTIAL\n"
                + "last-backoff-position 0\n"
                + "last-delay-used 0\n";
    }
}
