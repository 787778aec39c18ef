package org.torconformance.conformance.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the features with Cucumber, in-process, for one kind of target. */
final class CucumberRun {
    static final String GLUE = "org.torconformance.conformance.steps";

    private CucumberRun() {
    }

    /** {@code kindTag} is a tag expression of {@link ScenarioKinds}, with the target's exclusions ({@code and not @mock-only}). */
    static byte run(Path features, String kindTag, Selection selection, List<String> extraPlugins, boolean dryRun) {
        List<String> args = new ArrayList<>();
        args.add("--glue");
        args.add(GLUE);
        String tags = kindTag + " and not @wip" + selection.tagExpression().map(t -> " and " + t).orElse("");
        args.add("--tags");
        args.add(tags);
        selection.nameRegex().ifPresent(r -> {
            args.add("--name");
            args.add(r);
        });
        if (dryRun) {
            args.add("--dry-run");
            args.add("--plugin");
            args.add(CaseLister.class.getName());
        } else {
            args.add("--plugin");
            args.add(ResultCollector.class.getName());
        }
        for (String p : extraPlugins) {
            args.add("--plugin");
            args.add(p);
        }
        args.add("--monochrome");
        args.add("--no-summary");
        args.add(features.toString());
        System.setProperty("cucumber.publish.quiet", "true");
        System.setProperty("cucumber.ansi-colors.disabled", "true");
        return io.cucumber.core.cli.Main.run(args.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
    }
}
