package org.torconformance.wire;

import java.util.HexFormat;

/** {@code 250 AUTHCHALLENGE SERVERHASH=<64 HEX> SERVERNONCE=<64 HEX>}: tor writes uppercase hex. */
public record AuthChallengeReply(ByteString serverHash, ByteString serverNonce) {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public static AuthChallengeReply parse(Reply reply) {
        if (reply.status() != 250 || reply.lines().size() != 1) {
            throw new IllegalArgumentException("AUTHCHALLENGE failed: " + reply);
        }
        ByteString hash = null;
        ByteString nonce = null;
        for (ByteString w : LineTokenizer.tokens(reply.end().text())) {
            try {
                if (w.startsWith("SERVERHASH=")) {
                    hash = ByteString.of(HEX.parseHex(w.slice(11).latin1()));
                } else if (w.startsWith("SERVERNONCE=")) {
                    nonce = ByteString.of(HEX.parseHex(w.slice(12).latin1()));
                }
            } catch (IllegalArgumentException e) {
                throw new WireFormatException("bad hex in AUTHCHALLENGE reply: " + w, 0);
            }
        }
        if (hash == null || nonce == null) {
            throw new WireFormatException("AUTHCHALLENGE reply lacks SERVERHASH or SERVERNONCE", 0);
        }
        return new AuthChallengeReply(hash, nonce);
    }

    public Reply toReply() {
        return Reply.of(250, "AUTHCHALLENGE SERVERHASH=" + HEX.formatHex(serverHash.toByteArray())
                + " SERVERNONCE=" + HEX.formatHex(serverNonce.toByteArray()));
    }
}
