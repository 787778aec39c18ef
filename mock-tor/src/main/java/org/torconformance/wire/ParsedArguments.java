package org.torconformance.wire;

import java.util.List;
import java.util.Optional;

/** A command's arguments after tor's generic parser: positional words, keyword pairs, body. */
public record ParsedArguments(List<ByteString> positional, List<KvLine.Entry> keywords, Optional<ByteString> body) {
    public ParsedArguments {
        positional = List.copyOf(positional);
        keywords = List.copyOf(keywords);
    }

    /** The first value for {@code key}, matched case-insensitively as tor does. */
    public Optional<ByteString> keyword(String key) {
        return keywords.stream().filter(e -> e.key().equalsIgnoreCase(key)).map(KvLine.Entry::value).findFirst();
    }

    public List<ByteString> keywordValues(String key) {
        return keywords.stream().filter(e -> e.key().equalsIgnoreCase(key)).map(KvLine.Entry::value).toList();
    }
}
