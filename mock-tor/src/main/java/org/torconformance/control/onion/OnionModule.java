package org.torconformance.control.onion;

import java.util.List;
import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * Onion services as tor 0.4.9.11's control port shows them: ADD_ONION, DEL_ONION, the client
 * authorization commands, HSFETCH, +HSPOST, and the onions/* and hs/* GETINFO keys.
 */
public final class OnionModule implements ControlModule {
    @Override
    public void install(TorModel model) {
        OnionState state = model.part(OnionState.class, OnionState::new);
        model.commands().register("ADD_ONION", AddOnionCommand.SYNTAX, new AddOnionCommand(state.services));
        model.commands().register("DEL_ONION", DelOnionCommand.SYNTAX, new DelOnionCommand(state.services));
        model.commands().register("ONION_CLIENT_AUTH_ADD", ClientAuthAddCommand.SYNTAX, new ClientAuthAddCommand(state));
        model.commands().register("ONION_CLIENT_AUTH_REMOVE", ClientAuthRemoveCommand.SYNTAX, new ClientAuthRemoveCommand(state));
        model.commands().register("ONION_CLIENT_AUTH_VIEW", ClientAuthViewCommand.SYNTAX, new ClientAuthViewCommand(state));
        model.commands().register("HSFETCH", HsFetchCommand.SYNTAX, new HsFetchCommand(new DescriptorFetch(model, state)));
        model.commands().register("+HSPOST", HsPostCommand.SYNTAX, new HsPostCommand(state));
        new OnionInfo(model, state).register(model.info());

        model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void closed(ControlSession s) {
                state.services.connectionClosed(s);
            }
        });
        // tor rebuilds its client credentials from ClientOnionAuthDir at start and whenever its
        // options change, dropping every credential that was not added with Flags=Permanent
        reloadCredentials(model, state);
        model.config().addListener((option, oldValues, newValues) -> reloadCredentials(model, state));
    }

    private static void reloadCredentials(TorModel model, OnionState state) {
        state.credentials.replaceAll(ClientAuthDirectory.configured(model).map(ClientAuthDirectory::load)
                .orElse(List.of()));
    }
}
