package org.torconformance.control;

import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * How this mock instance behaves where tor's own behaviour is not the point.
 *
 * @param torQuirks reproduce tor 0.4.9.11's real bytes where tor misbehaves (replies that never
 *                  end, two replies to one command); off: the well-formed reply the spec asks for
 * @param random    the source of nonces, cookies and keys; seeded for reproducible runs
 */
public record MockSettings(Path dataDirectory, boolean torQuirks, RandomGenerator random, Clock clock, long pid) {
}
