package org.torconformance.control.onion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.control.TorModel;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.HsDescEvent;

/**
 * +HSPOST: the outer layer of the descriptor is checked as tor checks it (tor does not compare it
 * with HSADDRESS), then it is uploaded to the given servers or to every responsible HSDir. With
 * DisableNetwork 1 there is none, so tor and the mock answer 250 OK and emit nothing.
 *
 * <p>Without HSADDRESS, tor 0.4.9.11 takes the removed v2 path and sends no reply at all; the mock
 * does the same only with {@code torQuirks}, and otherwise answers {@code 554 Invalid descriptor},
 * what tor says of a descriptor it cannot use.
 */
final class HsPostCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 0).withKeywords(Set.of(), "SERVER", "HSADDRESS").withBody();
    private static final Duration ANSWER_DELAY = Duration.ofMillis(20);

    private final OnionState state;

    HsPostCommand(OnionState state) {
        this.state = state;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        boolean network = SimulatedHsDirs.present(ctx.model());
        List<SimulatedHsDirs.HsDir> servers = new ArrayList<>();
        Optional<OnionAddress> address = Optional.empty();
        for (KvLine.Entry e : args.keywords()) {
            String value = e.value().latin1();
            if (e.key().latin1().toUpperCase(Locale.ROOT).startsWith("SERVER")) {
                Optional<SimulatedHsDirs.HsDir> hsDir = network ? SimulatedHsDirs.byHexId(value) : Optional.empty();
                if (hsDir.isEmpty()) {
                    ctx.reply(552, "Server \"" + value + "\" not found");
                    return;
                }
                servers.add(hsDir.get());
            } else {
                address = OnionAddresses.parse(value);
                if (address.isEmpty()) {
                    ctx.reply(512, "Malformed onion address");
                    return;
                }
            }
        }
        if (address.isEmpty()) {
            if (!ctx.model().settings().torQuirks()) {
                ctx.reply(554, "Invalid descriptor");
            }
            return;
        }
        String text = args.body().orElseThrow().latin1();
        Instant now = ctx.model().settings().clock().instant();
        Optional<DescriptorPlaintext> plaintext = DescriptorPlaintext.decode(text, now);
        if (plaintext.isEmpty()) {
            ctx.reply(554, "Invalid descriptor");
            return;
        }
        ctx.replyOk();
        if (network) {
            upload(ctx.model(), address.get(), plaintext.get(), text, servers.isEmpty() ? SimulatedHsDirs.ALL : servers);
        }
    }

    private void upload(TorModel model, OnionAddress address, DescriptorPlaintext plaintext, String text,
                        List<SimulatedHsDirs.HsDir> servers) {
        state.postedDescriptors.put(HexFormat.of().formatHex(plaintext.blindedKey()), text);
        String serviceId = OnionAddress.of(address.publicKey()).serviceId();
        String descriptorId = KeyBlinding.descriptorId(plaintext.blindedKey());
        TimePeriod period = TimePeriod.at(model.settings().clock().instant());
        for (SimulatedHsDirs.HsDir hsDir : servers) {
            model.events().publish(new HsDescEvent("UPLOAD", serviceId, "UNKNOWN", hsDir.longName(),
                    EventArgs.builder().positional(descriptorId).bare("HSDIR_INDEX", hsDir.index(period)).build()));
        }
        model.reactor().schedule(ANSWER_DELAY, () -> servers.forEach(hsDir -> model.events().publish(
                new HsDescEvent("UPLOADED", serviceId, "UNKNOWN", hsDir.longName(), EventArgs.NONE))));
    }
}
