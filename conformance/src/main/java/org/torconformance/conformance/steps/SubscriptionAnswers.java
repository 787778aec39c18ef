package org.torconformance.conformance.steps;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.torconformance.control.CommandInterceptor;
import org.torconformance.control.ControlSession;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.Command;

/**
 * Accepts every SETEVENTS as tor does for known names ({@code 250 OK}, the new set replacing the
 * old), so event cases script only the events. A canned answer for SETEVENTS still comes first.
 */
final class SubscriptionAnswers implements CommandInterceptor {
    /** Names answered with tor's 552, as a tor that does not know them would, every time. */
    private final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void refuse(String name) {
        refused.add(name.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean intercept(ControlSession session, Command command) {
        if (!command.is("SETEVENTS")) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String w : command.arguments().latin1().strip().split(" +")) {
            if (!w.isEmpty() && !w.equalsIgnoreCase("EXTENDED")) {
                if (refused.contains(w.toUpperCase(Locale.ROOT))) {
                    session.write(ByteString.latin1("552 Unrecognized event \"" + w + "\"\r\n"));
                    return true;
                }
                names.add(w.toUpperCase(Locale.ROOT));
            }
        }
        session.setSubscriptions(names);
        session.write(ByteString.latin1("250 OK\r\n"));
        return true;
    }
}
