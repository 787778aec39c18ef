package org.torconformance.control;

import org.torconformance.wire.Command;

/**
 * Sees a command before the model: returns true when it answered it (a script, a fault), false to
 * let the model answer. Runs after tor's QUIT and authentication gate.
 */
@FunctionalInterface
public interface CommandInterceptor {
    boolean intercept(ControlSession session, Command command);
}
