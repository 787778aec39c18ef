package org.torconformance.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.torconformance.control.config.TorConfig;
import org.torconformance.net.Reactor;

/**
 * The state of the mocked tor: configuration, sessions, events, and whatever the installed
 * {@link ControlModule}s keep. Lives on one {@link Reactor}; only that thread touches it.
 */
public final class TorModel {
    private final Reactor reactor;
    private final MockSettings settings;
    private final TorConfig config;
    private final CommandTable commands = new CommandTable();
    private final InfoRegistry info = new InfoRegistry();
    private final EventBus events;
    private final Set<ControlSession> sessions = new LinkedHashSet<>();
    private final Map<Class<?>, Object> parts = new HashMap<>();
    /** Replaced, never changed, so a session can iterate it while an interceptor removes itself. */
    private List<CommandInterceptor> interceptors = List.of();
    private final List<SessionListener> sessionListeners = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private volatile FaultPolicy faultPolicy = FaultPolicy.NONE;

    public TorModel(Reactor reactor, MockSettings settings, TorConfig config, List<ControlModule> modules) {
        this.reactor = reactor;
        this.settings = settings;
        this.config = config;
        this.events = new EventBus(settings.torQuirks());
        reactor.run(() -> {
            for (ControlModule m : modules) {
                m.install(this);
            }
            reactor.afterEachRound(events::flush);
        });
    }

    public Reactor reactor() {
        return reactor;
    }

    public MockSettings settings() {
        return settings;
    }

    public TorConfig config() {
        return config;
    }

    public CommandTable commands() {
        return commands;
    }

    public InfoRegistry info() {
        return info;
    }

    public EventBus events() {
        return events;
    }

    public FaultPolicy faultPolicy() {
        return faultPolicy;
    }

    public void setFaultPolicy(FaultPolicy policy) {
        this.faultPolicy = policy;
    }

    public long uptimeSeconds() {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    /** State a module keeps, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T part(Class<T> type, Supplier<T> create) {
        return (T) parts.computeIfAbsent(type, k -> create.get());
    }

    @SuppressWarnings("unchecked")
    public <T> T part(Class<T> type) {
        T t = (T) parts.get(type);
        if (t == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " installed");
        }
        return t;
    }

    public <T> void putPart(Class<T> type, T value) {
        parts.put(type, value);
    }

    /** Interceptors see every command before the model does (scripts, fault injection). */
    public void addInterceptor(CommandInterceptor i) {
        List<CommandInterceptor> more = new ArrayList<>(interceptors);
        more.add(i);
        interceptors = List.copyOf(more);
    }

    public void removeInterceptor(CommandInterceptor i) {
        List<CommandInterceptor> fewer = new ArrayList<>(interceptors);
        fewer.remove(i);
        interceptors = List.copyOf(fewer);
    }

    List<CommandInterceptor> interceptors() {
        return interceptors;
    }

    public void addSessionListener(SessionListener l) {
        sessionListeners.add(l);
    }

    public Set<ControlSession> sessions() {
        return Set.copyOf(sessions);
    }

    public ControlSession newSession() {
        return new ControlSession(this);
    }

    void opened(ControlSession s) {
        sessions.add(s);
        events.add(s);
        sessionListeners.forEach(l -> l.opened(s));
    }

    void closed(ControlSession s) {
        sessions.remove(s);
        events.remove(s);
        sessionListeners.forEach(l -> l.closed(s));
    }

    /** Hears about sessions coming and going (onion services owned by a connection, ownership, journal). */
    public interface SessionListener {
        default void opened(ControlSession s) {
        }

        default void closed(ControlSession s) {
        }
    }
}
