package org.torconformance;

/**
 * How controllers must authenticate, in the terms of the mock's command line: {@code none},
 * {@code password:SECRET} (the mock hashes it), {@code hashed:16:…}, {@code cookie} and
 * {@code safecookie} (both turn on tor's CookieAuthentication, whose cookie serves COOKIE and
 * SAFECOOKIE alike).
 */
public sealed interface Auth {
    record None() implements Auth {
    }

    record Password(String secret) implements Auth {
    }

    record Hashed(String hash) implements Auth {
    }

    record Cookie() implements Auth {
    }

    static Auth none() {
        return new None();
    }

    static Auth password(String secret) {
        return new Password(secret);
    }

    static Auth hashed(String hash) {
        return new Hashed(hash);
    }

    static Auth cookie() {
        return new Cookie();
    }

    /** Parses the command-line form; throws IllegalArgumentException with a one-line reason. */
    static Auth parse(String s) {
        if (s.equals("none")) {
            return none();
        }
        if (s.equals("cookie") || s.equals("safecookie")) {
            return cookie();
        }
        if (s.startsWith("password:")) {
            return password(s.substring("password:".length()));
        }
        if (s.startsWith("hashed:")) {
            String hash = s.substring("hashed:".length());
            org.torconformance.crypto.HashedPassword.parse(hash);
            return hashed(hash);
        }
        throw new IllegalArgumentException("unknown auth '" + s + "': use none, password:SECRET, hashed:16:..., cookie or safecookie");
    }
}
