package org.torconformance.conformance.network;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** An HTTP response as the application read it: the status line and the body bytes after the header block. */
public record HttpResponse(String statusLine, byte[] body) {
    public HttpResponse {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Reads the header block, then as many body bytes as Content-Length says (none without it). */
    static HttpResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!endsWith(head, HEAD_END)) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed inside the response's header block: "
                        + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = text.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElse(0);
        return new HttpResponse(text.lines().findFirst().orElse(""), in.readNBytes(length));
    }

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private static boolean endsWith(ByteArrayOutputStream out, byte[] suffix) {
        byte[] b = out.toByteArray();
        return b.length >= suffix.length && Arrays.equals(b, b.length - suffix.length, b.length, suffix, 0, suffix.length);
    }

    public boolean isOk() {
        return statusLine.matches("HTTP/1\\.[01] 200\\b.*");
    }

    @Override
    public String toString() {
        return statusLine + " (" + body.length + " bytes of body)";
    }
}
