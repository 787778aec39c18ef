package org.torconformance.fidelity;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final Set<Side> reportedDead = EnumSet.noneOf(Side.class);

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

    /**
     * Restarts {@code side} if its process is gone. A death that {@link #death} already reported
     * for the scenario that caused it is not reported again.
     */
    Optional<String> ensureAlive(Side side) {
        Target t = targets.get(side);
        if (t.isAlive()) {
            return Optional.empty();
        }
        boolean unreported = !reportedDead.remove(side);
        String words = t.lastWords();
        t.close();
        String what = side.label() + " had stopped before this scenario" + (words.isEmpty() ? "" : " (" + words + ")");
        try {
            startSide(side);
            return unreported ? Optional.of(what + " and was restarted") : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(what + " and could not be restarted: " + e.getMessage());
        }
    }

    /** Why {@code side} is gone, if it died (waiting up to {@code wait} for a dying process). */
    Optional<String> death(Side side, Duration wait) {
        Target t = targets.get(side);
        if (!t.exitsWithin(wait)) {
            return Optional.empty();
        }
        reportedDead.add(side);
        String words = t.lastWords();
        return Optional.of(side.label() + " died during this scenario" + (words.isEmpty() ? "" : ": " + words));
    }

    @Override
    public void close() {
        Optional.ofNullable(targets.get(Side.MOCK)).ifPresent(Target::close);
        Optional.ofNullable(targets.get(Side.LIVE)).ifPresent(Target::close);
    }
}
