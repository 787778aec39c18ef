package org.torconformance.fidelity;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The live tor and the mock for one scenario file, each with its normalizer. A target that died
 * (a crash, an exit) is restarted before the next scenario, so one crash costs one scenario.
 */
final class FileTargets implements AutoCloseable {
    /** Starts a target for {@code side}; the mock's options come from the running live tor. */
    @FunctionalInterface
    interface Starter {
        Target start(Side side, FileTargets current);
    }

    private final Starter starter;
    private final Map<Side, Target> targets = new EnumMap<>(Side.class);
    private final Map<Side, Normalizer> normalizers = new EnumMap<>(Side.class);

    FileTargets(Starter starter) {
        this.starter = starter;
    }

    /** Starts the live tor, then the mock configured from the live tor's torrc. */
    static FileTargets start(ScenarioFile file) {
        return start((side, current) -> side == Side.LIVE ? LiveTarget.start(file)
                : MockTarget.start(file, (LiveTarget) current.get(Side.LIVE)));
    }

    static FileTargets start(Starter starter) {
        FileTargets t = new FileTargets(starter);
        try {
            t.startSide(Side.LIVE);
            t.startSide(Side.MOCK);
            return t;
        } catch (RuntimeException | Error e) {
            t.close();
            throw e;
        }
    }

    private void startSide(Side side) {
        Target t = starter.start(side, this);
        targets.put(side, t);
        normalizers.put(side, new Normalizer(t.facts(), Clock.systemUTC()));
    }

    Target get(Side side) {
        return targets.get(side);
    }

    Normalizer normalizer(Side side) {
        return normalizers.get(side);
    }

    /** Restarts {@code side} if its process is gone; returns what happened, for the report. */
    Optional<String> ensureAlive(Side side) {
        Target t = targets.get(side);
        if (t.isAlive()) {
            return Optional.empty();
        }
        String detail = t instanceof LiveTarget live ? " (log: " + String.join(" | ", live.logTail()) + ")" : "";
        t.close();
        try {
            startSide(side);
            return Optional.of(side.label() + " had stopped and was restarted" + detail);
        } catch (RuntimeException e) {
            return Optional.of(side.label() + " had stopped and could not be restarted: " + e.getMessage() + detail);
        }
    }

    @Override
    public void close() {
        Optional.ofNullable(targets.get(Side.MOCK)).ifPresent(Target::close);
        Optional.ofNullable(targets.get(Side.LIVE)).ifPresent(Target::close);
    }
}
