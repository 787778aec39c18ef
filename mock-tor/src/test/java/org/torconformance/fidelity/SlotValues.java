package org.torconformance.fidelity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.crypto.SafeCookie;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/**
 * Fills the {@code \(cookie)} and {@code \(safecookie)} slots for one connection to one target:
 * the cookie from the target's cookie file, and the SAFECOOKIE client hash from the client nonce of
 * the last {@code AUTHCHALLENGE SAFECOOKIE} sent and the SERVERNONCE the target answered with.
 */
final class SlotValues {
    private static final Pattern CHALLENGE = Pattern.compile(
            "(?i)(?:^|\n)AUTHCHALLENGE[ \t]+SAFECOOKIE[ \t]+([0-9A-F]+|\"(?:[^\"\\\\\r\n]|\\\\.)*\")[ \t]*\r?\n");
    private static final Pattern SERVER_NONCE = Pattern.compile("SERVERNONCE=([0-9A-F]{64})\r\n");

    private final Optional<Path> cookieFile;
    private byte[] clientNonce;
    private byte[] serverNonce;
    private final List<String> problems = new ArrayList<>();

    SlotValues(Optional<Path> cookieFile) {
        this.cookieFile = cookieFile;
    }

    ByteString value(String name) {
        Optional<byte[]> cookie = cookie();
        if (cookie.isEmpty()) {
            problems.add("\\(" + name + ") used, but the target has no cookie file");
            return ByteString.EMPTY;
        }
        if (name.equals("cookie")) {
            return ByteString.latin1(HexFormat.of().formatHex(cookie.get()));
        }
        if (clientNonce == null || serverNonce == null) {
            problems.add("\\(safecookie) used before an AUTHCHALLENGE SAFECOOKIE was answered");
            return ByteString.EMPTY;
        }
        return ByteString.latin1(HexFormat.of().formatHex(new SafeCookie(cookie.get()).clientHash(clientNonce, serverNonce)));
    }

    /** Notes the nonces of an AUTHCHALLENGE exchange. */
    void observe(ByteString sent, ByteString response) {
        Matcher c = CHALLENGE.matcher(sent.latin1());
        if (!c.find()) {
            return;
        }
        clientNonce = nonce(c.group(1));
        Matcher s = SERVER_NONCE.matcher(response.latin1());
        serverNonce = s.find() ? HexFormat.of().parseHex(s.group(1)) : null;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Hex, or a QuotedString whose bytes are the nonce (backslash takes the next byte literally). */
    private static byte[] nonce(String token) {
        if (!token.startsWith("\"")) {
            return token.length() % 2 == 0 ? HexFormat.of().parseHex(token) : null;
        }
        ByteStringBuilder b = new ByteStringBuilder();
        for (int i = 1; i < token.length() - 1; i++) {
            char ch = token.charAt(i);
            b.append(ch == '\\' ? token.charAt(++i) : ch);
        }
        return b.build().toByteArray();
    }

    private Optional<byte[]> cookie() {
        try {
            return cookieFile.isPresent() ? Optional.of(Files.readAllBytes(cookieFile.get())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
