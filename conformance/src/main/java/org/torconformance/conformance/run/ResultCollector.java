package org.torconformance.conformance.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torconformance.conformance.controller.Hang;
import org.torconformance.conformance.controller.LibraryError;
import org.torconformance.conformance.controller.Unimplemented;

/**
 * A Cucumber plugin that turns each finished scenario into a {@link CaseResult}: the case id from
 * the scenario name, the requirement level from its tags, and a verdict from how it ended.
 */
public final class ResultCollector implements ConcurrentEventListener {
    static final Pattern CASE_ID = Pattern.compile("^([a-z0-9]+/[0-9A-Za-z.]+/[0-9A-Za-z.-]+)\\s+(.*)$");

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    private void finished(TestCaseFinished e) {
        RunContext ctx = RunContext.current();
        TestCase tc = e.getTestCase();
        Matcher m = CASE_ID.matcher(tc.getName());
        List<String> tags = tc.getTags();
        Requirement req = Requirement.fromTags(tags);
        String id = m.matches() ? m.group(1) : tc.getName();
        String title = m.matches() ? m.group(2) : tc.getName();
        Result r = e.getResult();
        Verdict v;
        String message;
        if (!m.matches()) {
            v = Verdict.ERROR;
            message = "scenario name does not start with a case id like cs/3.9/2";
        } else {
            v = verdict(r, req);
            message = r.getError() == null ? statusMessage(r.getStatus()) : describe(r.getError());
        }
        CaseResult result = new CaseResult(id, title, ctx.target().name(), featureName(tc.getUri()), tags, req, v, message,
                r.getDuration().toMillis(), ctx.takeWireLog(), Long.toString(ctx.seed()),
                ScenarioDescriptions.of(tc.getUri(), tc.getLocation().getLine()));
        ctx.finished(result);
        int n = ctx.results().size();
        System.out.printf("[%d/%d] %-9s %-14s %-40s %s (%.1f s)%n", n, ctx.total(), ctx.target().name(), v.label(), id,
                title.length() > 60 ? title.substring(0, 57) + "..." : title, ctx.elapsedMillis() / 1000.0);
    }

    static Verdict verdict(Result r, Requirement req) {
        if (r.getStatus() == Status.PASSED) {
            return Verdict.OK;
        }
        if (r.getStatus() != Status.FAILED) {
            return Verdict.ERROR;
        }
        Throwable t = r.getError();
        if (t instanceof Unimplemented) {
            return Verdict.UNIMPLEMENTED;
        }
        if (t instanceof Hang) {
            // an INFO case records behaviour without judging it, a hang included
            return req == Requirement.INFO ? Verdict.INFORMATIONAL : Verdict.HANG;
        }
        if (t instanceof AssertionError || t instanceof LibraryError) {
            return switch (req) {
                case MUST -> Verdict.FAILED;
                case SHOULD -> Verdict.NON_STRICT;
                case INFO -> Verdict.INFORMATIONAL;
            };
        }
        return Verdict.ERROR;
    }

    private static String statusMessage(Status s) {
        return switch (s) {
            case PASSED -> "";
            case UNDEFINED -> "a step has no definition (harness error)";
            case PENDING -> "a step is pending (harness error)";
            case SKIPPED -> "skipped";
            default -> s.name().toLowerCase();
        };
    }

    private static String describe(Throwable t) {
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (!(t instanceof AssertionError || t instanceof LibraryError || t instanceof Hang || t instanceof Unimplemented)) {
            msg = t.getClass().getName() + ": " + msg;
        }
        return msg;
    }

    private static String featureName(URI uri) {
        String s = uri.toString();
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
