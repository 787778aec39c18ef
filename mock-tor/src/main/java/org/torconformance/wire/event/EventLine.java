package org.torconformance.wire.event;

import java.util.List;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.LineTokenizer;

/** The text of an event's first line: its type word and the words after it (see {@link LineTokenizer}). */
record EventLine(ByteString type, List<ByteString> tokens) {
    static EventLine parse(ByteString text) {
        List<ByteString> tokens = LineTokenizer.tokens(text);
        if (tokens.isEmpty()) {
            return new EventLine(ByteString.EMPTY, List.of());
        }
        return new EventLine(tokens.get(0), tokens.subList(1, tokens.size()));
    }

    int size() {
        return tokens.size();
    }

    String string(int i) {
        return tokens.get(i).latin1();
    }

    EventArgs argsFrom(int i) {
        return EventArgs.of(tokens.subList(Math.min(i, tokens.size()), tokens.size()));
    }

    static ByteString build(String type, List<String> fixed, EventArgs args) {
        ByteStringBuilder out = new ByteStringBuilder(256);
        out.append(type);
        for (String f : fixed) {
            out.append(' ').append(f);
        }
        args.encode(out);
        return out.build();
    }
}
