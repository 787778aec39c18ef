package org.torconformance.fidelity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scenario file's run, step by step so that each step can be its own test: parse and start
 * the targets, then one scenario at a time; the targets stop after the last scenario (or on close).
 */
final class FileRun implements AutoCloseable {
    private final Path path;
    private final ScenarioRunner runner;
    private ScenarioFile file;
    private FileTargets targets;
    private Optional<String> startFailure = Optional.empty();
    private final List<ScenarioResult> results = new ArrayList<>();

    FileRun(Path path, ScenarioRunner runner) {
        this.path = path;
        this.runner = runner;
    }

    String name() {
        String n = path.getFileName().toString();
        return n.substring(0, n.length() - ScenarioFiles.SUFFIX.length());
    }

    /** Parses the file and starts both targets; a failure is kept, not thrown. */
    void start() {
        try {
            file = ScenarioFiles.read(path);
            targets = FileTargets.start(file);
        } catch (RuntimeException e) {
            startFailure = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    Optional<String> startFailure() {
        return startFailure;
    }

    List<Scenario> scenarios() {
        return startFailure.isPresent() ? List.of() : file.scenarios();
    }

    /** Runs {@code s}; a bug in the runner itself becomes a problem of this scenario, not a stop. */
    ScenarioResult run(Scenario s) {
        ScenarioResult r;
        try {
            r = runner.run(file, s, targets);
        } catch (RuntimeException e) {
            r = new ScenarioResult(file.name(), s.name(), s.skipLive(), List.of(), List.of("runner error: " + e), List.of());
        }
        results.add(r);
        if (results.size() == file.scenarios().size()) {
            close();
        }
        return r;
    }

    FileResult result() {
        int exchanges = file == null ? 0 : file.exchangeCount();
        return new FileResult(name(), startFailure, exchanges, results);
    }

    @Override
    public void close() {
        if (targets != null) {
            targets.close();
            targets = null;
        }
    }
}
