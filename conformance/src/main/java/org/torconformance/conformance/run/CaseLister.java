package org.torconformance.conformance.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseStarted;
import java.util.ArrayList;
import java.util.List;

/** A Cucumber plugin for dry runs: collects the names and tags of the selected scenarios. */
public final class CaseLister implements ConcurrentEventListener {
    public record Listed(String name, List<String> tags, String uri) {
    }

    private static final List<Listed> LISTED = new ArrayList<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, e -> {
            synchronized (LISTED) {
                LISTED.add(new Listed(e.getTestCase().getName(), e.getTestCase().getTags(), e.getTestCase().getUri().toString()));
            }
        });
    }

    static List<Listed> drain() {
        synchronized (LISTED) {
            List<Listed> out = List.copyOf(LISTED);
            LISTED.clear();
            return out;
        }
    }
}
