package org.torconformance.robustness.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One port to fuzz. The harness opens connections, writes {@link #frame framed} batches of inputs
 * and waits (bounded) for the target to close each connection: a port plugs in by saying how many
 * inputs one connection may carry, how they are framed, and where inputs come from. The SOCKS port
 * takes one request per connection: {@code inputsPerConnection() == 1}, {@code frame} returns the
 * input as is, and the server closes after answering; a frame that leaves the handshake unfinished is
 * {@link #halfClose half-closed}, since only the client's EOF (or SocksTimeout) ends it in tor.
 */
interface FuzzTarget {
    String name();

    int port();

    int inputsPerConnection();

    /** The bytes for one connection carrying {@code inputs}; they must end with something that makes the server close. */
    byte[] frame(List<byte[]> inputs);

    /** The next input: a mutated seed or random bytes. */
    byte[] nextInput(SplittableRandom random);

    /**
     * True when the harness should shut down its output once {@code frame} is written: a client that
     * has sent all it ever will. The server must then close however far the frame got.
     */
    default boolean halfClose(byte[] frame) {
        return false;
    }
}
