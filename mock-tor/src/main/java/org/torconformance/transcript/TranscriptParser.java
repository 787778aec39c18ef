package org.torconformance.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;

/** Reads the transcript text format (fixtures/README.md); errors name the line. */
public final class TranscriptParser {
    private TranscriptParser() {
    }

    public static Transcript parse(String text) {
        String[] lines = text.split("\n", -1);
        Optional<String> title = Optional.empty();
        Optional<String> auth = Optional.empty();
        Transcript.Unexpected unexpected = Transcript.Unexpected.MODEL;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = stripCr(lines[i]);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@title ")) {
                title = Optional.of(line.substring(7).strip());
            } else if (line.startsWith("@auth ")) {
                auth = Optional.of(line.substring(6).strip());
            } else if (line.startsWith("@unexpected ")) {
                unexpected = unexpected(line.substring(12).strip(), no);
            } else if (line.equals("<data")) {
                ByteStringBuilder value = new ByteStringBuilder();
                boolean first = true;
                int j = i + 1;
                for (; j < lines.length && !stripCr(lines[j]).equals("<end"); j++) {
                    if (!first) {
                        value.append('\n');
                    }
                    first = false;
                    value.append(Escapes.decode(stripCr(lines[j]), j + 1));
                }
                if (j >= lines.length) {
                    throw new TranscriptFormatException(no, "<data without a closing <end line");
                }
                steps.add(new Step.SendData(value.build()));
                i = j;
            } else if (line.equals(">") || line.startsWith("> ")) {
                steps.add(new Step.Expect(pattern(line.length() > 2 ? line.substring(2) : "", no)));
            } else if (line.equals("<~") || line.startsWith("<~ ")) {
                steps.add(new Step.SendRaw(Escapes.decode(line.length() > 3 ? line.substring(3) : "", no)));
            } else if (line.equals("<") || line.startsWith("< ")) {
                steps.add(new Step.SendLine(Escapes.decode(line.length() > 2 ? line.substring(2) : "", no)));
            } else if (line.startsWith("! ")) {
                steps.add(fault(line.substring(2).strip(), no));
            } else {
                throw new TranscriptFormatException(no, "expected '>', '<', '<~', '<data', '!', '@' or '#', got: " + line);
            }
        }
        return new Transcript(title, unexpected, auth, steps);
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static Transcript.Unexpected unexpected(String word, int no) {
        for (Transcript.Unexpected u : Transcript.Unexpected.values()) {
            if (u.word().equals(word)) {
                return u;
            }
        }
        throw new TranscriptFormatException(no, "@unexpected takes model, 510 or close, got: " + word);
    }

    private static Step.CommandPattern pattern(String text, int no) {
        if (text.equals("*")) {
            return new Step.CommandPattern.Any();
        }
        if (text.startsWith("re:")) {
            try {
                return new Step.CommandPattern.Regex(Pattern.compile(text.substring(3), Pattern.DOTALL));
            } catch (PatternSyntaxException e) {
                throw new TranscriptFormatException(no, "bad regular expression: " + e.getDescription());
            }
        }
        return new Step.CommandPattern.Exact(Escapes.decode(text, no));
    }

    private static Step fault(String text, int no) {
        String[] w = text.split("\\s+", 2);
        String arg = w.length > 1 ? w[1] : "";
        return switch (w[0]) {
            case "pause" -> new Step.Pause(duration(arg, no));
            case "delay" -> new Step.Delay(duration(arg, no));
            case "split-at" -> new Step.SplitAt(count(arg, no, 1));
            case "slices" -> new Step.Slices(count(arg, no, 0));
            case "close" -> new Step.Close();
            case "reset" -> new Step.Reset();
            case "model" -> new Step.Model();
            case "expect-close" -> new Step.ExpectClose();
            case "garbage" -> new Step.SendRaw(Escapes.decode(arg, no));
            default -> throw new TranscriptFormatException(no, "unknown fault '" + w[0]
                    + "': use pause, delay, split-at, slices, close, reset, model, expect-close or garbage");
        };
    }

    static Duration duration(String s, int no) {
        try {
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            }
            if (s.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TranscriptFormatException(no, "a duration is like 200ms or 1.5s, got: " + s);
    }

    private static int count(String s, int no, int min) {
        try {
            int n = Integer.parseInt(s);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TranscriptFormatException(no, "expected a whole number >= " + min + ", got: " + s);
    }

}
