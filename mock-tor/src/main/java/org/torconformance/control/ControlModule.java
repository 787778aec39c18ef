package org.torconformance.control;

/**
 * A part of tor's behaviour: it registers its commands, GETINFO keys and timers with the model,
 * and keeps its own state. Modules run on the reactor thread only.
 */
public interface ControlModule {
    void install(TorModel model);
}
