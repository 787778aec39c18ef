package org.torconformance.control.onion;

import java.util.List;
import java.util.Optional;
import org.torconformance.control.ControlSession;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.crypto.OnionAddress;

/** The GETINFO keys about onion services, with tor's descriptions and 551 texts. */
final class OnionInfo {
    private static final String CLIENT_DESC = "hs/client/desc/id/";
    private static final String SERVICE_DESC = "hs/service/desc/id/";

    private final TorModel model;
    private final OnionState state;

    OnionInfo(TorModel model, OnionState state) {
        this.model = model;
        this.state = state;
    }

    void register(InfoRegistry info) {
        info.key("onions/current", "Onion services owned by the current control connection.",
                (key, session) -> ids(OnionServices.ownedBy(session).ids()));
        info.key("onions/detached", "Onion services detached from the control connection.",
                (key, session) -> ids(state.services.detached().ids()));
        // tor registers this prefix without its slash, so info/names lists "hs/client/desc/id*";
        // GETINFO of that literal key is unknown in tor, as here
        info.key("hs/client/desc/id*", "Hidden Service descriptor in client's cache by onion.",
                (key, session) -> new InfoRegistry.Unknown());
        info.prefix(CLIENT_DESC, null, this::clientDescriptor);
        info.prefix(SERVICE_DESC, "Hidden Service descriptor in services's cache by onion.", this::serviceDescriptor);
    }

    /** One ID per line, joined with CRLF as tor joins them (so two or more make a data block). */
    private static InfoRegistry.Answer ids(List<String> ids) {
        return InfoRegistry.Value.of(String.join("\r\n", ids));
    }

    private InfoRegistry.Answer clientDescriptor(String key, ControlSession session) {
        Optional<OnionAddress> address = OnionAddresses.parse(key.substring(CLIENT_DESC.length()));
        if (address.isEmpty()) {
            return new InfoRegistry.Failure("Invalid address");
        }
        return state.clientCache.get(address.get())
                .<InfoRegistry.Answer>map(cached -> InfoRegistry.Value.of(cached.text()))
                .orElse(new InfoRegistry.Failure("Not found in cache"));
    }

    private InfoRegistry.Answer serviceDescriptor(String key, ControlSession session) {
        Optional<OnionAddress> address = OnionAddresses.parse(key.substring(SERVICE_DESC.length()));
        if (address.isEmpty()) {
            return new InfoRegistry.Failure("Invalid address");
        }
        Optional<HostedService> service = SimulatedHsDirs.present(model) ? state.services.get(address.get()) : Optional.empty();
        return service
                .<InfoRegistry.Answer>map(s -> InfoRegistry.Value.of(
                        state.services.descriptor(s, model.settings().clock().instant(), model.settings().random())))
                .orElse(new InfoRegistry.Failure("Not found in cache"));
    }
}
