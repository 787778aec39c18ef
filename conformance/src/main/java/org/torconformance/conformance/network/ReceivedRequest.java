package org.torconformance.conformance.network;

import java.util.Arrays;

/** A request the destination received: what a case checks arrived intact. */
public record ReceivedRequest(String method, String path, String host, byte[] body) {
    public ReceivedRequest {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedRequest r && method.equals(r.method) && path.equals(r.path) && host.equals(r.host)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return method + " " + path + " (Host: " + host + ", " + body.length + " bytes of body)";
    }
}
