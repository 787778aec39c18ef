package org.torconformance.control.onion;

import java.util.List;
import org.torconformance.control.InfoRegistry;

/** The GETINFO keys about onion services, with tor's descriptions. */
final class OnionInfo {
    private final OnionState state;

    OnionInfo(OnionState state) {
        this.state = state;
    }

    void register(InfoRegistry info) {
        info.key("onions/current", "Onion services owned by the current control connection.",
                (key, session) -> ids(OnionServices.ownedBy(session).ids()));
        info.key("onions/detached", "Onion services detached from the control connection.",
                (key, session) -> ids(state.services.detached().ids()));
    }

    /** One ID per line, joined with CRLF as tor joins them (so two or more make a data block). */
    private static InfoRegistry.Answer ids(List<String> ids) {
        return InfoRegistry.Value.of(String.join("\r\n", ids));
    }
}
