package org.torconformance.control.circuits;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.torconformance.control.addrmap.IpAddress;

/**
 * How the simulated exit relays answer BEGIN and RESOLVE cells. The default connects everywhere:
 * {@code localhost} is 127.0.0.1, names under {@code .invalid} do not resolve, and other names get a
 * stable address in 198.18.0.0/15 (a benchmarking range nothing answers on). The SOCKS server
 * installs its own (see {@link Streams#setExit}), answering from its route table.
 */
public interface Exit {
    sealed interface ConnectAnswer {
    }

    /** RELAY_CONNECTED; {@code address} is what the exit resolved the name to (the REMAP SOURCE=EXIT target). */
    record Connected(String address) implements ConnectAnswer {
    }

    /** RELAY_END with {@code reason} (a RELAY_END code). */
    record Refused(int reason) implements ConnectAnswer {
    }

    sealed interface ResolveAnswer {
    }

    record Answer(String address, Duration ttl) implements ResolveAnswer {
    }

    record NoAnswer() implements ResolveAnswer {
    }

    ConnectAnswer connect(String host, int port);

    ResolveAnswer resolve(String host);

    ResolveAnswer resolvePtr(String address);

    /**
     * BEGIN for stream {@code streamId}. An exit that needs time (a real connection, a delay) answers
     * later through {@code answer}, on the reactor thread; an answer that comes after tor stopped
     * waiting (the stream closed or moved) is ignored.
     */
    default void connect(long streamId, String host, int port, Consumer<ConnectAnswer> answer) {
        answer.accept(connect(host, port));
    }

    /** RESOLVE for stream {@code streamId} ({@code reverse}: a PTR lookup), answered as {@link #connect(long, String, int, Consumer)}. */
    default void resolve(long streamId, String host, boolean reverse, Consumer<ResolveAnswer> answer) {
        answer.accept(reverse ? resolvePtr(host) : resolve(host));
    }

    Exit DEFAULT = new Exit() {
        @Override
        public ConnectAnswer connect(String host, int port) {
            ResolveAnswer a = resolve(host);
            return a instanceof Answer answer ? new Connected(answer.address()) : new Refused(2);
        }

        @Override
        public ResolveAnswer resolve(String host) {
            String h = host.toLowerCase(Locale.ROOT);
            if (IpAddress.parse(h).isPresent()) {
                return new Answer(IpAddress.parse(h).get().format(false), Duration.ofSeconds(60));
            }
            if (h.equals("localhost") || h.endsWith(".localhost")) {
                return new Answer("127.0.0.1", Duration.ofSeconds(60));
            }
            if (h.equals("invalid") || h.endsWith(".invalid")) {
                return new NoAnswer();
            }
            CRC32 crc = new CRC32();
            crc.update(h.getBytes(StandardCharsets.ISO_8859_1));
            long v = crc.getValue();
            return new Answer("198." + (18 + (v >>> 16 & 1)) + "." + (v >>> 8 & 0xff) + "." + (1 + (v & 0xff) % 254),
                    Duration.ofSeconds(60));
        }

        @Override
        public ResolveAnswer resolvePtr(String address) {
            return new NoAnswer();
        }
    };
}
