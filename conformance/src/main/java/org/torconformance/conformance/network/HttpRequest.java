package org.torconformance.conformance.network;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.1 request a case sends through a stream: a POST whose body the destination must receive
 * intact. The connection stays open after the answer, so the stream ends when the case ends it, not
 * when the destination hangs up (tor's last STREAM_BW of a stream the exit ended can come before the
 * stream's last bytes reach the application).
 */
public record HttpRequest(String host, String path, byte[] body) {
    public HttpRequest {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    byte[] encode() {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }
}
