package org.torconformance.transcript;

import java.time.Duration;
import org.torconformance.wire.ByteString;

/** Writes the transcript text format; {@code TranscriptParser.parse(write(t))} equals {@code t}. */
public final class TranscriptWriter {
    private TranscriptWriter() {
    }

    public static String write(Transcript t) {
        StringBuilder sb = new StringBuilder();
        t.title().ifPresent(s -> sb.append("@title ").append(s).append('\n'));
        t.auth().ifPresent(s -> sb.append("@auth ").append(s).append('\n'));
        if (t.unexpected() != Transcript.Unexpected.MODEL) {
            sb.append("@unexpected ").append(t.unexpected().word()).append('\n');
        }
        for (Step s : t.steps()) {
            sb.append(step(s)).append('\n');
        }
        return sb.toString();
    }

    static String step(Step s) {
        if (s instanceof Step.Expect e) {
            return pattern(e.pattern());
        } else if (s instanceof Step.SendLine l) {
            return l.text().isEmpty() ? "<" : "< " + Escapes.encode(l.text());
        } else if (s instanceof Step.SendRaw r) {
            return r.bytes().isEmpty() ? "<~" : "<~ " + Escapes.encode(r.bytes());
        } else if (s instanceof Step.SendData d) {
            StringBuilder sb = new StringBuilder("<data\n");
            for (ByteString line : lines(d.value())) {
                String enc = Escapes.encode(line);
                sb.append(enc.equals("<end") ? "\\x3cend" : enc).append('\n');
            }
            return sb.append("<end").toString();
        } else if (s instanceof Step.Pause p) {
            return "! pause " + duration(p.duration());
        } else if (s instanceof Step.Delay d) {
            return "! delay " + duration(d.duration());
        } else if (s instanceof Step.SplitAt sa) {
            return "! split-at " + sa.offset();
        } else if (s instanceof Step.Slices sl) {
            return "! slices " + sl.size();
        } else if (s instanceof Step.Close) {
            return "! close";
        } else if (s instanceof Step.Reset) {
            return "! reset";
        } else if (s instanceof Step.Model) {
            return "! model";
        } else {
            return "! expect-close";
        }
    }

    private static String pattern(Step.CommandPattern p) {
        if (p instanceof Step.CommandPattern.Any) {
            return "> *";
        }
        if (p instanceof Step.CommandPattern.Regex r) {
            return "> re:" + r.regex().pattern();
        }
        ByteString line = ((Step.CommandPattern.Exact) p).line();
        if (line.isEmpty()) {
            return ">";
        }
        String enc = Escapes.encode(line);
        if (enc.equals("*") || enc.startsWith("re:")) {
            enc = String.format("\\x%02x", (int) enc.charAt(0)) + enc.substring(1);
        }
        return "> " + enc;
    }

    /** A data value's lines; an empty value is one empty line (written as a blank line before {@code <end}). */
    private static java.util.List<ByteString> lines(ByteString v) {
        java.util.List<ByteString> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= v.length(); i++) {
            if (i == v.length() || v.at(i) == '\n') {
                out.add(v.slice(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static String duration(Duration d) {
        return d.toMillis() + "ms";
    }
}
