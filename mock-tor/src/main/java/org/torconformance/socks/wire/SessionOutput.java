package org.torconformance.socks.wire;

import java.util.List;

/**
 * What the session wants done after one input: write {@code write} (possibly nothing) to the client, publish
 * {@code events}, then act on {@code next}.
 */
public record SessionOutput(byte[] write, List<ClientStatusEvent> events, Next next) {
    public SessionOutput {
        write = Bytes.copy(write);
        events = List.copyOf(events);
    }

    @Override
    public byte[] write() {
        return Bytes.copy(write);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionOutput other && java.util.Arrays.equals(write, other.write)
                && events.equals(other.events) && next.equals(other.next);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(write), events, next);
    }

    @Override
    public String toString() {
        return "SessionOutput[write=" + Bytes.hex(write) + ", events=" + events + ", next=" + next + "]";
    }

    /** What happens to the connection after the write. */
    public sealed interface Next permits NeedMore, Close, RequestReady, StreamData {
    }

    /** Keep the connection open and wait for more handshake bytes. */
    public record NeedMore() implements Next {
    }

    /** Close the connection once the write is flushed. */
    public record Close() implements Next {
    }

    /**
     * The handshake is complete and the request passed tor's checks; report its outcome with
     * {@link SocksServerSession#complete}. {@code earlyData} is what the client sent after the request.
     */
    public record RequestReady(SocksRequest request, byte[] earlyData) implements Next {
        public RequestReady {
            earlyData = Bytes.copy(earlyData);
        }

        @Override
        public byte[] earlyData() {
            return Bytes.copy(earlyData);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RequestReady other && request.equals(other.request)
                    && java.util.Arrays.equals(earlyData, other.earlyData);
        }

        @Override
        public int hashCode() {
            return 31 * request.hashCode() + java.util.Arrays.hashCode(earlyData);
        }

        @Override
        public String toString() {
            return "RequestReady[" + request + ", earlyData=" + Bytes.hex(earlyData) + "]";
        }
    }

    /** The handshake is over: {@code data} (possibly empty) belongs to the stream, not to SOCKS. */
    public record StreamData(byte[] data) implements Next {
        public StreamData {
            data = Bytes.copy(data);
        }

        @Override
        public byte[] data() {
            return Bytes.copy(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StreamData other && java.util.Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "StreamData[" + Bytes.hex(data) + "]";
        }
    }
}
