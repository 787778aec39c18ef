package org.torconformance.control.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostFactsTest {
    @Test
    void readsTorrcMemorySizes() {
        assertEquals(Optional.of(512L << 20), HostFacts.memorySize("512 MB"));
        assertEquals(Optional.of(2L << 30), HostFacts.memorySize("2 GBytes"));
        assertEquals(Optional.of(1073741824L), HostFacts.memorySize("1073741824"));
        assertEquals(Optional.empty(), HostFacts.memorySize("lots"));
        assertEquals(Optional.empty(), HostFacts.memorySize("3 parsecs"));
    }

    @Test
    void automaticQueueLimitStaysInTorsRange() {
        long limit = HostFacts.defaultMaxMemInQueues();
        assertTrue(limit >= 256L << 20 && limit <= 8L << 30, Long.toString(limit));
    }
}
