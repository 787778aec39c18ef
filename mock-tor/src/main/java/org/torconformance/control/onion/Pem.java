package org.torconformance.control.onion;

import java.util.Base64;

/** A document object as tor writes one: BEGIN line, padded base64 in 64-character lines, END line. */
final class Pem {
    private Pem() {
    }

    static String encode(String type, byte[] body) {
        String base64 = Base64.getEncoder().encodeToString(body);
        StringBuilder out = new StringBuilder(base64.length() + base64.length() / 64 + 64);
        out.append("-----BEGIN ").append(type).append("-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            out.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return out.append("-----END ").append(type).append("-----\n").toString();
    }
}
