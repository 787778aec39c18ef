package org.torconformance.control.events;

import java.time.Instant;

/** When a control connection was accepted (the ages in SIGNAL DUMP). */
record ControllerClock(Instant opened) {
}
