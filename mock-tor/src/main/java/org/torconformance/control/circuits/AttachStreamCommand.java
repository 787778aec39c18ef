package org.torconformance.control.circuits;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;

/**
 * ATTACHSTREAM, in tor's order of checks: the stream, the circuit, {@code HOP=}, whether the
 * controller manages the stream (a stream tor already sent is taken back first), then whether
 * the circuit can take it. Circuit {@code 0} hands the stream back to tor.
 */
final class AttachStreamCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(2, 2).withKeywords(Set.of(), "HOP");

    private final StreamTable streams;
    private final CircuitTable circuits;
    private final StreamRouter router;

    AttachStreamCommand(StreamTable streams, CircuitTable circuits, StreamRouter router) {
        this.streams = streams;
        this.circuits = circuits;
        this.router = router;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        String streamId = args.positional().get(0).latin1();
        String circuitId = args.positional().get(1).latin1();
        boolean zero = circuitId.equals("0");
        Optional<Stream> stream = streams.find(streamId);
        if (stream.isEmpty()) {
            ctx.reply(552, "Unknown stream \"" + streamId + "\"");
            return;
        }
        Optional<Circuit> circuit = zero ? Optional.empty() : circuits.find(circuitId);
        if (!zero && circuit.isEmpty()) {
            ctx.reply(552, "Unknown circuit \"" + circuitId + "\"");
            return;
        }
        long hop = 0;
        Optional<KvLine.Entry> hopArg = args.keywords().stream().filter(e -> e.key().equalsIgnoreCase("HOP")).findFirst();
        if (circuit.isPresent() && hopArg.isPresent()) {
            String value = hopArg.get().value().latin1();
            OptionalLong parsed = TorNumbers.parseUnsigned(value, 0, Integer.MAX_VALUE);
            if (parsed.isEmpty()) {
                ctx.reply(552, "Bad value hop=" + value);
                return;
            }
            hop = parsed.getAsLong();
        }
        Stream s = stream.get();
        StreamState state = s.state();
        boolean managed = state instanceof StreamState.ControllerWait || state instanceof StreamState.ConnectWait
                || state instanceof StreamState.ResolveWait;
        if (!managed) {
            ctx.reply(555, "Connection is not managed by controller.");
            return;
        }
        if (!(state instanceof StreamState.ControllerWait)) {
            router.takeBack(s);
        }
        if (circuit.isPresent()) {
            Circuit c = circuit.get();
            if (!c.isOpen()) {
                ctx.reply(551, "Can't attach stream to non-open origin circuit");
                return;
            }
            if (c.path().size() < 2 || hop == 1) {
                ctx.reply(551, "Can't attach stream to this one-hop circuit.");
                return;
            }
            if (hop > c.path().size()) {
                ctx.reply(551, "Circuit doesn't have " + hop + " hops.");
                return;
            }
        }
        if (router.rewriteAndAttach(s, circuit) == StreamRouter.Outcome.REFUSED) {
            ctx.reply(551, "Unable to attach stream");
            return;
        }
        ctx.replyOk();
    }
}
