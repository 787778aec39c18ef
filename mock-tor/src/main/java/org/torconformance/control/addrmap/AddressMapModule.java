package org.torconformance.control.addrmap;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.torconformance.control.ControlModule;
import org.torconformance.control.InfoRegistry;
import org.torconformance.control.TorModel;
import org.torconformance.control.config.TorConfig;
import org.torconformance.control.events.SignalHooks;

/**
 * The address map: MAPADDRESS, {@code address-mappings/*}, the torrc's MapAddress lines and
 * virtual-address networks. Other modules reach the map with {@link #of(TorModel)}.
 */
public final class AddressMapModule implements ControlModule {
    private static final List<String> LISTINGS = List.of("all", "cache", "config", "control");

    /** The model's address map, once this module is installed. */
    public static AddressMap of(TorModel model) {
        return model.part(AddressMap.class);
    }

    @Override
    public void install(TorModel model) {
        TorConfig config = model.config();
        AddressMapSettings settings = new AddressMapSettings(config);
        AddressMap map = new AddressMap(model.settings().clock(), new SplittableRandom(model.settings().random().nextLong()),
                model.events()::publish);
        model.putPart(AddressMap.class, map);
        map.setVirtualNetworks(settings.virtualIpv4(), settings.virtualIpv6());
        registerConfigured(map, config, settings);
        SignalHooks.of(model).add(new SignalHooks.Hook() {
            @Override
            public void clearDnsCache() {
                map.clearCache();
            }

            @Override
            public void newIdentity(int epoch) {
                map.clearCache();
            }
        });
        boolean[] reloadPending = {false};
        config.addListener((option, before, after) -> {
            if (option.toLowerCase(Locale.ROOT).startsWith("virtualaddrnetwork")) {
                map.setVirtualNetworks(settings.virtualIpv4(), settings.virtualIpv6());
            }
            // tor's options_act registers the torrc's mappings again after every change, announcing each.
            if (!reloadPending[0]) {
                reloadPending[0] = true;
                model.reactor().execute(() -> {
                    reloadPending[0] = false;
                    registerConfigured(map, config, settings);
                });
            }
        });
        model.commands().register("MAPADDRESS", MapAddressCommand.SYNTAX, new MapAddressCommand(map, settings));
        String[] descriptions = {"Current address mappings.", "Current cached DNS replies.",
            "Current address mappings from configuration.", "Current address mappings from controller."};
        for (int i = 0; i < LISTINGS.size(); i++) {
            AddressMap.Listing listing = AddressMap.Listing.valueOf(LISTINGS.get(i).toUpperCase(Locale.ROOT));
            model.info().key("address-mappings/" + LISTINGS.get(i), descriptions[i], (key, session) -> {
                map.expire();
                return InfoRegistry.Value.of(String.join("\r\n", map.listing(listing)));
            });
        }
    }

    /** {@code config_register_addressmaps}: each MapAddress line is {@code from to}; short lines are ignored. */
    private static void registerConfigured(AddressMap map, TorConfig config, AddressMapSettings settings) {
        map.clearConfigured();
        for (String line : config.values("MapAddress")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 2) {
                map.registerAuto(parts[0], parts[1], new Expiry.Config(), MappingSource.TORRC,
                        settings.allowNonRfc953Hostnames());
            }
        }
    }
}
