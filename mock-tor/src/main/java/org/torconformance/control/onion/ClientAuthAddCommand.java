package org.torconformance.control.onion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.torconformance.control.CommandContext;
import org.torconformance.control.CommandHandler;
import org.torconformance.crypto.KeyArgument;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.crypto.X25519ClientAuth;
import org.torconformance.wire.CommandSyntax;
import org.torconformance.wire.EscForLog;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.ParsedArguments;
import org.torconformance.wire.Reply;

/**
 * ONION_CLIENT_AUTH_ADD. Keywords are read in order: any keyword starting with "Flags" is the
 * flags (only Permanent exists), ClientName is the name, others are ignored.
 *
 * <p>A ClientName over 16 characters makes tor 0.4.9.11 write {@code 512 ClientName longer than 16
 * chars} and carry on, so the command gets a second final reply (and a third, and so on, one per
 * long name and one more for a later error). The mock does that only with {@code torQuirks};
 * otherwise the 512 is the only reply and nothing is registered.
 */
final class ClientAuthAddCommand implements CommandHandler {
    static final CommandSyntax SYNTAX = CommandSyntax.positional(0, 2).withKeywords(Set.of());
    private static final int CLIENT_NAME_MAX = 16;

    private final OnionState state;

    ClientAuthAddCommand(OnionState state) {
        this.state = state;
    }

    @Override
    public void handle(CommandContext ctx, ParsedArguments args) {
        List<String> positional = args.positional().stream().map(b -> b.latin1()).toList();
        if (positional.size() < 2) {
            ctx.reply(512, "Incomplete ONION_CLIENT_AUTH_ADD command");
            return;
        }
        String addressAsGiven = positional.get(0);
        Optional<OnionAddress> address = OnionAddresses.parse(addressAsGiven);
        if (address.isEmpty()) {
            ctx.reply(512, "Invalid v3 address \"" + addressAsGiven + "\"");
            return;
        }
        Optional<byte[]> key = privateKey(ctx, positional.get(1));
        if (key.isEmpty()) {
            return;
        }
        boolean permanent = false;
        Optional<String> clientName = Optional.empty();
        // one list for all Flags keywords, as in tor: a later empty Flags= passes after a good one
        List<String> flags = new ArrayList<>();
        for (KvLine.Entry e : args.keywords()) {
            String keyword = e.key().latin1();
            String value = e.value().latin1();
            if (keyword.toLowerCase(Locale.ROOT).startsWith("flags")) {
                flags.addAll(SmartlistSplit.split(value, ",", false, true, 0));
                if (flags.isEmpty()) {
                    ctx.reply(512, "Invalid 'Flags' argument");
                    return;
                }
                for (String flag : flags) {
                    if (!flag.equalsIgnoreCase("Permanent")) {
                        ctx.reply(512, "Invalid 'Flags' argument: " + EscForLog.escape(flag).latin1());
                        return;
                    }
                    permanent = true;
                }
            } else if (keyword.equalsIgnoreCase("ClientName")) {
                if (value.length() > CLIENT_NAME_MAX) {
                    ctx.reply(512, "ClientName longer than " + CLIENT_NAME_MAX + " chars");
                    if (!ctx.model().settings().torQuirks()) {
                        return;
                    }
                }
                clientName = Optional.of(value);
            }
        }
        ctx.reply(register(ctx, new ClientCredential(addressAsGiven, address.get(), key.get(), permanent, clientName)));
    }

    /** Tor's {@code parse_private_key_from_control_port}; empty after it has replied. */
    private static Optional<byte[]> privateKey(CommandContext ctx, String argument) {
        KeyArgument key;
        try {
            key = KeyArgument.parse(argument);
        } catch (IllegalArgumentException e) {
            ctx.reply(512, "Invalid key type/blob");
            return Optional.empty();
        }
        if (!key.isType("x25519")) {
            ctx.reply(552, "Unrecognized key type \"" + key.type() + "\"");
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = X25519ClientAuth.decodePrivateKey(key.blob());
        } catch (IllegalArgumentException e) {
            ctx.reply(512, "Failed to decode x25519 private key");
            return Optional.empty();
        }
        if (X25519ClientAuth.isAllZero(decoded)) {
            ctx.reply(553, "Invalid private key \"" + key.blob() + "\"");
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    /** Tor's {@code hs_client_register_auth_credentials}. */
    private Reply register(CommandContext ctx, ClientCredential credential) {
        if (credential.permanent()) {
            Optional<ClientAuthDirectory> directory = ClientAuthDirectory.configured(ctx.model());
            if (directory.isEmpty() || !directory.get().store(credential)) {
                return Reply.of(553, "Unable to store creds for \"" + credential.addressAsGiven() + "\"");
            }
        }
        boolean replaced = state.credentials.put(credential).isPresent();
        if (state.clientCache.decryptWith(credential)) {
            return Reply.of(252, "Registered client and decrypted desc");
        }
        return replaced ? Reply.of(251, "Client for onion existed and replaced") : Reply.ok();
    }
}
