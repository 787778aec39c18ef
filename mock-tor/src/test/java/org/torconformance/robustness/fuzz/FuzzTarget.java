package org.torconformance.robustness.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One port to fuzz. The harness opens connections, writes {@link #frame framed} batches of inputs
 * and waits (bounded) for the target to close each connection: a port plugs in by saying how many
 * inputs one connection may carry, how they are framed, and where inputs come from. The SOCKS port
 * takes one request per connection: {@code inputsPerConnection() == 1}, {@code frame} returns the
 * input as is, and the server closes after answering (a successful CONNECT would stay open, so its
 * frame should ask for an unreachable target or the harness's bound will report a hang).
 */
interface FuzzTarget {
    String name();

    int port();

    int inputsPerConnection();

    /** The bytes for one connection carrying {@code inputs}; they must end with something that makes the server close. */
    byte[] frame(List<byte[]> inputs);

    /** The next input: a mutated seed or random bytes. */
    byte[] nextInput(SplittableRandom random);
}
