package org.torconformance.control.onion;

import org.torconformance.control.ControlModule;
import org.torconformance.control.ControlSession;
import org.torconformance.control.TorModel;

/**
 * Onion services as tor 0.4.9.11's control port shows them: ADD_ONION, DEL_ONION and the onions/*
 * GETINFO keys.
 */
public final class OnionModule implements ControlModule {
    @Override
    public void install(TorModel model) {
        OnionState state = model.part(OnionState.class, OnionState::new);
        model.commands().register("ADD_ONION", AddOnionCommand.SYNTAX, new AddOnionCommand(state.services));
        model.commands().register("DEL_ONION", DelOnionCommand.SYNTAX, new DelOnionCommand(state.services));
        new OnionInfo(state).register(model.info());

        model.addSessionListener(new TorModel.SessionListener() {
            @Override
            public void closed(ControlSession s) {
                state.services.connectionClosed(s);
            }
        });
    }
}
