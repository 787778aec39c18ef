package org.torconformance.control.onion;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.torconformance.control.TorModel;
import org.torconformance.crypto.OnionAddress;
import org.torconformance.crypto.X25519ClientAuth;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.event.EventArgs;
import org.torconformance.wire.event.HsDescContentEvent;
import org.torconformance.wire.event.HsDescEvent;

/**
 * What HSFETCH sets off when the mock's network is up: tor asks one HSDir (HS_DESC REQUESTED), and
 * a moment later has the descriptor (RECEIVED and HS_DESC_CONTENT with it) or a 404 (FAILED
 * REASON=NOT_FOUND and an empty HS_DESC_CONTENT). The simulated HSDirs know the descriptors of the
 * services the mock hosts and whatever was HSPOSTed to them.
 */
final class DescriptorFetch {
    private static final Duration ANSWER_DELAY = Duration.ofMillis(20);

    private final TorModel model;
    private final OnionState state;

    DescriptorFetch(TorModel model, OnionState state) {
        this.model = model;
        this.state = state;
    }

    void start(OnionAddress service, List<SimulatedHsDirs.HsDir> servers) {
        Instant now = model.settings().clock().instant();
        TimePeriod period = TimePeriod.at(now);
        String address = OnionAddress.of(service.publicKey()).serviceId();
        byte[] blindedKey = KeyBlinding.publicKey(service.publicKey(), period);
        String descriptorId = KeyBlinding.descriptorId(blindedKey);
        List<SimulatedHsDirs.HsDir> asked = servers.isEmpty()
                ? List.of(SimulatedHsDirs.ALL.get(model.settings().random().nextInt(SimulatedHsDirs.ALL.size())))
                : servers;
        for (SimulatedHsDirs.HsDir hsDir : asked) {
            model.events().publish(new HsDescEvent("REQUESTED", address, "NO_AUTH", hsDir.longName(),
                    EventArgs.builder().positional(descriptorId).bare("HSDIR_INDEX", hsDir.index(period)).build()));
            model.reactor().schedule(ANSWER_DELAY, () -> answer(service, address, descriptorId, blindedKey, hsDir, now));
        }
    }

    private void answer(OnionAddress service, String address, String descriptorId, byte[] blindedKey,
                        SimulatedHsDirs.HsDir hsDir, Instant now) {
        Optional<HostedService> hosted = state.services.get(service);
        Optional<String> descriptor = hosted
                .map(s -> state.services.descriptor(s, now, model.settings().random()))
                .or(() -> Optional.ofNullable(state.postedDescriptors.get(HexFormat.of().formatHex(blindedKey))));
        if (descriptor.isEmpty()) {
            model.events().publish(new HsDescEvent("FAILED", address, "NO_AUTH", hsDir.longName(),
                    EventArgs.builder().positional(descriptorId).bare("REASON", "NOT_FOUND").build()));
            publishContent(address, descriptorId, hsDir, "");
            return;
        }
        List<String> authorizedClients = hosted.map(DescriptorFetch::authorizedClients).orElse(List.of());
        state.clientCache.store(service, descriptor.get(), authorizedClients, state.credentials.get(service));
        model.events().publish(new HsDescEvent("RECEIVED", address, "NO_AUTH", hsDir.longName(),
                EventArgs.builder().positional(descriptorId).build()));
        publishContent(address, descriptorId, hsDir, descriptor.get());
    }

    private void publishContent(String address, String descriptorId, SimulatedHsDirs.HsDir hsDir, String descriptor) {
        model.events().publish(new HsDescContentEvent(address, descriptorId, hsDir.longName(), EventArgs.NONE,
                ByteString.latin1(descriptor)));
    }

    private static List<String> authorizedClients(HostedService service) {
        return service.clientAuthV3().stream()
                .map(v -> X25519ClientAuth.encodePublicKey(X25519ClientAuth.decodePublicKey(v)))
                .toList();
    }
}
