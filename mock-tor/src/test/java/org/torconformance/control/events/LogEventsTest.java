package org.torconformance.control.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.torconformance.wire.ByteString;

/** control_logmsg_strip_newlines, with tor's own unit-test cases, and tor's "only if there is a LF" rule. */
class LogEventsTest {
    private static String form(String message) {
        return LogEvents.controllerForm(ByteString.latin1(message)).latin1();
    }

    @Test
    void stripsLineBreaksLikeTor() {
        assertEquals("There is a", form("There is a \n"));
        assertEquals("hello", form("hello"));
        assertEquals("", form(""));
        assertEquals("", form("\n\n\n"));
        assertEquals("Testing", form("Testing\r\n"));
        assertEquals("T e s t i n g", form("T e s t\ni n g\n"));
        assertEquals("Put    spaces at the end", form("Put    spaces at the end   \n"));
    }

    @Test
    void leavesMessagesWithoutLfAlone() {
        assertEquals("trailing  ", form("trailing  "));
        assertEquals("lone\rCR", form("lone\rCR"));
    }
}
