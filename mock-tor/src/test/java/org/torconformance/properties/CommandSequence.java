package org.torconformance.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.torconformance.gen.Generator;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.ByteStringBuilder;
import org.torconformance.wire.Command;
import org.torconformance.wire.CommandDecoder;

/**
 * What one connection sends: generated commands, sometimes followed by a marker (an unknown command
 * whose {@code 510} reply pins the replies before it in place), rarely a line of 1 MiB or more, and
 * always a final marker, which proves the connection was still open after the last command. The
 * bytes go out in one write, or in pieces split at {@code cuts}, written one by one (TCP may still
 * deliver neighbouring pieces in one read; the decoder's own split properties are in
 * {@code CodecPropertiesTest}).
 */
record CommandSequence(List<Step> steps, List<Integer> cuts) {
    CommandSequence {
        steps = List.copyOf(steps);
        cuts = List.copyOf(cuts);
    }

    enum Kind {
        COMMAND, MARKER, TOO_LONG
    }

    /** One command on the wire; {@code command} is empty for a too-long line. */
    record Step(Kind kind, ByteString bytes, Optional<Command> command) {
        static Step command(Command c) {
            return new Step(Kind.COMMAND, c.encode(), Optional.of(c));
        }

        static Step marker(int n) {
            return new Step(Kind.MARKER, ByteString.latin1(markerKeyword(n) + "\r\n"), Optional.empty());
        }

        static Step tooLong(int extra) {
            ByteStringBuilder b = new ByteStringBuilder(CommandDecoder.MAX_COMMAND_LENGTH + extra + 16);
            b.append("GETINFO ");
            for (int i = 0; i < CommandDecoder.MAX_COMMAND_LENGTH + extra; i++) {
                b.append('x');
            }
            return new Step(Kind.TOO_LONG, b.crlf().build(), Optional.empty());
        }

        /** True when the keyword is {@code name}, as tor compares keywords (ASCII, any case). */
        boolean is(String name) {
            return command.map(c -> c.is(name)).orElse(false);
        }

        @Override
        public String toString() {
            return kind == Kind.TOO_LONG ? "<GETINFO x... (" + bytes.length() + " bytes)>" : bytes.toString();
        }
    }

    static String markerKeyword(int n) {
        return "MARK" + n;
    }

    ByteString wire() {
        ByteStringBuilder b = new ByteStringBuilder();
        steps.forEach(s -> b.append(s.bytes()));
        return b.build();
    }

    /** The wire bytes cut into the pieces that are written one by one. */
    List<ByteString> pieces() {
        ByteString wire = wire();
        List<ByteString> out = new ArrayList<>();
        int at = 0;
        for (int cut : cuts) {
            int to = Math.min(Math.max(cut, at), wire.length());
            if (to > at) {
                out.add(wire.slice(at, to));
            }
            at = to;
        }
        out.add(wire.slice(at));
        return out;
    }

    /** 1 to {@code maxCommands} steps, most of them {@code commands}, then the final marker. */
    static Generator<CommandSequence> generator(Generator<Command> commands, int maxCommands) {
        return c -> {
            List<Step> steps = new ArrayList<>();
            int n = c.between(1, maxCommands);
            for (int i = 0; i < n; i++) {
                if (c.chance(2)) {
                    c.note("sequence:too-long-line");
                    steps.add(Step.tooLong(c.between(0, 64)));
                } else {
                    Command cmd = commands.generate(c);
                    c.note("keyword:" + cmd.keyword().toUpperAscii());
                    steps.add(Step.command(cmd));
                }
                if (c.chance(30)) {
                    steps.add(Step.marker(steps.size()));
                }
            }
            steps.add(Step.marker(steps.size()));
            int length = steps.stream().mapToInt(s -> s.bytes().length()).sum();
            List<Integer> cuts = new ArrayList<>();
            if (c.chance(60)) {
                c.note("sequence:split-writes");
                int k = c.between(1, 8);
                for (int i = 0; i < k; i++) {
                    cuts.add(c.between(0, length));
                }
                cuts.sort(null);
            } else {
                c.note("sequence:one-write");
            }
            if (n > 1) {
                c.note("sequence:pipelined");
            }
            return new CommandSequence(steps, cuts);
        };
    }

    @Override
    public String toString() {
        return steps + (cuts.isEmpty() ? " in one write" : " written in pieces cut at " + cuts);
    }
}
