package org.torconformance.journal;

import java.util.regex.Pattern;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;

/**
 * Takes secrets out of control-port bytes before they leave the process (the admin API's journal,
 * wire logs, report pages): what follows {@code AUTHENTICATE} (cookie, password, SAFECOOKIE client
 * hash), AUTHCHALLENGE's client nonce, SERVERHASH and SERVERNONCE, onion service private keys
 * ({@code ED25519-V3:}, {@code RSA1024:} key blobs, {@code PrivateKey=}), x25519 client keys, and
 * HashedControlPassword values. Each becomes {@value #MARK}; everything else is kept byte for byte.
 *
 * <p>A {@link Stream} keeps its place across chunks, so the reads and writes of one direction of a
 * connection can be redacted one at a time even when a secret is split between two of them.
 */
public final class Redaction {
    public static final String MARK = "[redacted]";

    /** After these (case-insensitive, anywhere in a line) the rest of the word is secret. */
    private static final String[] WORD_SECRETS = {"ED25519-V3:", "RSA1024:", "X25519:", "SERVERHASH=", "SERVERNONCE=",
            "HASHEDCONTROLPASSWORD=", "HASHEDCONTROLPASSWORD ", "HASHEDCONTROLSESSIONPASSWORD=", "HASHEDCONTROLSESSIONPASSWORD ",
            "PRIVATEKEY="};
    /** At the start of a line: the rest of the line is secret. */
    private static final Pattern LINE_SECRET = Pattern.compile("AUTHENTICATE[ \\t]");
    /** At the start of a line: the next word is secret. */
    private static final Pattern NONCE = Pattern.compile("AUTHCHALLENGE[ \\t]+\\S+[ \\t]");
    private static final int HEAD = 64;
    private static final int TAIL = 40;

    private Redaction() {
    }

    /** Redacts complete text (one or more whole lines). */
    public static ByteString redact(ByteString bytes) {
        return new Stream().redact(bytes);
    }

    /** A command with its secret arguments or body lines redacted (keyword kept). */
    public static Command redact(Command c) {
        ByteString line = redact(ByteString.concat(c.keyword(), ByteString.latin1(" "), c.arguments()));
        return new Command(c.keyword(), line.slice(c.keyword().length() + 1), c.body().map(Redaction::redact));
    }

    /** Redaction of one direction of one connection, fed its chunks in order. */
    public static final class Stream {
        /** The start of the current line (upper-cased, clear bytes only), and its last few characters. */
        private final StringBuilder head = new StringBuilder();
        private final StringBuilder tail = new StringBuilder();
        private boolean headComplete;
        private boolean inWord;
        private Mode mode = Mode.CLEAR;

        private enum Mode { CLEAR, WORD, LINE }

        public ByteString redact(ByteString chunk) {
            ByteStringBuilder out = new ByteStringBuilder(chunk.length() + MARK.length());
            for (int i = 0; i < chunk.length(); i++) {
                int b = chunk.at(i);
                if (b == '\n') {
                    out.append(b);
                    mode = Mode.CLEAR;
                    head.setLength(0);
                    tail.setLength(0);
                    headComplete = false;
                    continue;
                }
                if (mode == Mode.WORD && !inWord && (b == ' ' || b == '\t')) {
                    out.append(b); // spaces before the secret word
                    continue;
                }
                if (mode == Mode.LINE || (mode == Mode.WORD && !ends(b))) {
                    inWord = true;
                    if (b == '\r' && mode == Mode.LINE) {
                        out.append(b);
                    }
                    continue;
                }
                mode = Mode.CLEAR;
                out.append(b);
                char c = Character.toUpperCase((char) b);
                if (!headComplete) {
                    head.append(c);
                    headComplete = head.length() >= HEAD;
                }
                tail.append(c);
                if (tail.length() > TAIL) {
                    tail.delete(0, tail.length() - TAIL);
                }
                Mode starts = startsSecret();
                if (starts != Mode.CLEAR) {
                    out.append(MARK);
                    mode = starts;
                    inWord = false;
                }
            }
            return out.build();
        }

        private static boolean ends(int b) {
            return b == ' ' || b == '\t' || b == '\r';
        }

        private Mode startsSecret() {
            char last = tail.charAt(tail.length() - 1);
            if (!headComplete && (last == ' ' || last == '\t')) {
                if (LINE_SECRET.matcher(head).matches()) {
                    return Mode.LINE;
                }
                if (NONCE.matcher(head).matches()) {
                    return Mode.WORD;
                }
            }
            String t = tail.toString();
            for (String w : WORD_SECRETS) {
                if (t.endsWith(w)) {
                    return Mode.WORD;
                }
            }
            return Mode.CLEAR;
        }
    }
}
