package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.torconformance.crypto.TorBase64;

/**
 * The part of tor's directory-document tokenizer a v3 descriptor's outer layer needs: keyword
 * lines ({@code keyword arg arg...}), each optionally followed by one object
 * ({@code -----BEGIN TYPE-----} / base64 / {@code -----END TYPE-----}).
 */
final class DescriptorTokens {
    record Token(String keyword, List<String> args, Optional<DocumentObject> object) {
    }

    record DocumentObject(String type, byte[] body) {
    }

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private DescriptorTokens() {
    }

    /** Empty when the text does not tokenize (an object without a keyword, an unterminated or undecodable object). */
    static Optional<List<Token>> tokenize(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(DASHES)) {
                return Optional.empty();
            }
            List<String> words = Arrays.stream(line.split("[ \t]+")).toList();
            Optional<DocumentObject> object = Optional.empty();
            if (i < lines.size() && lines.get(i).startsWith(BEGIN)) {
                String begin = lines.get(i++);
                if (!begin.endsWith(DASHES) || begin.length() <= BEGIN.length() + DASHES.length()) {
                    return Optional.empty();
                }
                String type = begin.substring(BEGIN.length(), begin.length() - DASHES.length());
                StringBuilder base64 = new StringBuilder();
                while (i < lines.size() && !lines.get(i).equals(END + type + DASHES)) {
                    base64.append(lines.get(i++));
                }
                if (i++ >= lines.size()) {
                    return Optional.empty();
                }
                try {
                    object = Optional.of(new DocumentObject(type, TorBase64.decode(base64)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            tokens.add(new Token(words.get(0), words.subList(1, words.size()), object));
        }
        return Optional.of(tokens);
    }
}
