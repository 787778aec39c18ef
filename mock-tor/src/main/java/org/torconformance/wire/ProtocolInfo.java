package org.torconformance.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PROTOCOLINFO reply: {@code 250-PROTOCOLINFO 1} / {@code 250-AUTH METHODS=…[ COOKIEFILE="…"]}
 * / {@code 250-VERSION Tor="…"} / {@code 250 OK}. Lines may come in any order; other lines and
 * extra words are allowed, so unknown lines are kept in {@code otherLines}. COOKIEFILE and the
 * version are C-escaped on the wire ({@code esc_for_log}) and decoded here.
 */
public record ProtocolInfo(String protocolVersion, List<String> authMethods, Optional<ByteString> cookieFile,
                           Optional<ByteString> torVersion, List<ReplyLine> otherLines) {
    public ProtocolInfo {
        authMethods = List.copyOf(authMethods);
        otherLines = List.copyOf(otherLines);
    }

    public static ProtocolInfo parse(Reply reply) {
        if (reply.status() != 250) {
            throw new IllegalArgumentException("PROTOCOLINFO failed: " + reply);
        }
        String version = null;
        List<String> methods = null;
        Optional<ByteString> cookie = Optional.empty();
        Optional<ByteString> tor = Optional.empty();
        List<ReplyLine> other = new ArrayList<>();
        for (ReplyLine line : reply.lines().subList(0, reply.lines().size() - 1)) {
            List<ByteString> words = LineTokenizer.tokens(line.text());
            String first = words.isEmpty() ? "" : words.get(0).latin1();
            if (first.equals("PROTOCOLINFO") && words.size() > 1 && version == null) {
                version = words.get(1).latin1();
            } else if (first.equals("AUTH") && methods == null) {
                methods = List.of();
                for (ByteString w : words.subList(1, words.size())) {
                    if (w.startsWith("METHODS=")) {
                        String v = w.slice(8).latin1();
                        methods = v.isEmpty() ? List.of() : List.of(v.split(","));
                    } else if (w.startsWith("COOKIEFILE=") && cookie.isEmpty()) {
                        cookie = Optional.of(CString.decodeLenient(w.slice(11)));
                    }
                }
            } else if (first.equals("VERSION") && tor.isEmpty()) {
                for (ByteString w : words.subList(1, words.size())) {
                    if (w.startsWith("Tor=")) {
                        tor = Optional.of(CString.decodeLenient(w.slice(4)));
                    }
                }
            } else {
                other.add(line);
            }
        }
        if (version == null || methods == null) {
            throw new WireFormatException("PROTOCOLINFO reply lacks the PROTOCOLINFO or AUTH line", 0);
        }
        return new ProtocolInfo(version, methods, cookie, tor, other);
    }

    /** Tor's order: PROTOCOLINFO, AUTH, VERSION, then any other lines, then {@code 250 OK}. */
    public Reply toReply() {
        Reply.Builder b = Reply.builder().mid(250, "PROTOCOLINFO " + protocolVersion);
        ByteStringBuilder auth = new ByteStringBuilder().append("AUTH METHODS=").append(String.join(",", authMethods));
        cookieFile.ifPresent(c -> auth.append(" COOKIEFILE=").append(EscForLog.escape(c)));
        b.mid(250, auth.build());
        torVersion.ifPresent(v -> b.mid(250, ByteString.concat(ByteString.latin1("VERSION Tor="), EscForLog.escape(v))));
        otherLines.forEach(b::line);
        return b.end(250, "OK");
    }
}
