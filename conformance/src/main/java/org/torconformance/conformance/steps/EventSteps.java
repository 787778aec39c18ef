package org.torconformance.conformance.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torconformance.conformance.controller.ControllerEvent;
import org.torconformance.conformance.controller.Unimplemented;
import org.torconformance.control.ControlSession;
import org.torconformance.wire.ByteString;

/**
 * Subscribing through the library's listener API, tor emitting events (written by the mock as the
 * scenario gives them, so the case judges the library's parsing and routing), and what the library
 * delivered.
 */
public final class EventSteps {
    private final World world;

    public EventSteps(World world) {
        this.world = world;
    }

    @When("the controller subscribes to {string}")
    public void theControllerSubscribesTo(String names) {
        world.run(() -> world.controller().setEvents(names.isBlank() ? List.of() : List.of(names.split(" "))));
    }

    @When("the controller unsubscribes from all events")
    public void theControllerUnsubscribes() {
        theControllerSubscribesTo("");
    }

    /** Like a tor that does not know the event: every SETEVENTS naming it gets 552. */
    @Given("the mock refuses the event {string}")
    public void theMockRefusesTheEvent(String name) {
        world.mock();
        world.subscriptions.refuse(name);
    }

    /**
     * Events tor sends once it has answered the next command with this keyword (HS_DESC uploads
     * after ADD_ONION), one "650 …" line each, in order, to the connections subscribed to their
     * type only. A watcher waits (bounded) for the command in the journal; what it publishes is
     * queued on the mock's loop, so it goes out after the command's reply, as tor's would.
     */
    @Given("after {word}, tor emits to subscribers:")
    public void afterCommandTorEmits(String keyword, String docString) {
        List<String> lines = List.of(Text.bytes(docString).latin1().split("\n"));
        var mock = world.mock();
        Duration bound = world.run().timeouts().step();
        Thread watcher = new Thread(() -> {
            if (mock.journal().awaitCommand(keyword, bound).isPresent()) {
                for (String line : lines) {
                    String type = (line.startsWith("650 ") ? line.substring(4) : line).split(" ", 2)[0];
                    mock.publishRaw(type, ByteString.latin1(line + "\r\n"));
                }
            }
        }, "after-" + keyword);
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The event set the library asked for last includes these: SETEVENTS replaces the whole set
     * (control-spec §3.4), so however a library builds it up, its last SETEVENTS must name every
     * event its user wants. (Libraries may add events they use themselves.)
     */
    @Then("the controller's last SETEVENTS asks for {string}")
    public void theLastSetEventsAsksFor(String names) {
        java.util.Set<String> got = lastSetEvents();
        java.util.Set<String> missing = new java.util.TreeSet<>(words(names));
        missing.removeAll(got);
        Checks.that(missing.isEmpty(), "expected the last SETEVENTS to ask for " + words(names) + "; it lacks " + missing
                + " (it asked for " + got + ")");
    }

    @Then("the controller's last SETEVENTS does not ask for {string}")
    public void theLastSetEventsDoesNotAskFor(String names) {
        java.util.Set<String> got = lastSetEvents();
        java.util.Set<String> still = new java.util.TreeSet<>(words(names));
        still.retainAll(got);
        Checks.that(still.isEmpty(), "expected the last SETEVENTS no longer to ask for " + still + " (it asked for " + got + ")");
    }

    private java.util.Set<String> lastSetEvents() {
        List<ByteString> sent = SentCommands.withKeyword(world.mock().journal(), "SETEVENTS");
        Checks.that(!sent.isEmpty(), "expected the library to send SETEVENTS; it sent none");
        java.util.Set<String> got = new java.util.TreeSet<>();
        for (String w : words(sent.get(sent.size() - 1).latin1())) {
            if (!w.equals("SETEVENTS") && !w.equals("EXTENDED")) {
                got.add(w);
            }
        }
        return got;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The lines go out as one write to the library's connection, each ended by CRLF. */
    @When("tor emits:")
    public void torEmits(String docString) {
        emit(Text.wireLines(docString));
    }

    @When("tor emits the raw bytes {string}")
    public void torEmitsTheRawBytes(String bytes) {
        emit(Text.bytes(bytes));
    }

    private void emit(ByteString bytes) {
        world.mock().reactor().run(() -> {
            for (ControlSession s : world.mock().model().sessions()) {
                if (s.isAuthenticated()) {
                    s.write(bytes);
                }
            }
        });
    }

    /** Single-line events: the text after the keyword, exactly (no field lost or altered). */
    @Then("the controller receives a {word} event reading {string}")
    public void theControllerReceivesAnEventReading(String type, String text) {
        await(type, e -> Text.sameText(EventText.of(e), text), "reading " + Checks.show(Text.string(text)));
    }

    @Then("the controller receives a {word} event")
    public void theControllerReceivesAnEvent(String type) {
        await(type, e -> true, "");
    }

    /** Multi-line events: every doc string line appears, in order, in what the library delivered. */
    @Then("the controller receives a {word} event with the lines:")
    public void theControllerReceivesAnEventWithTheLines(String type, String docString) {
        List<String> bytes = List.of(Text.bytes(docString).latin1().split("\n"));
        List<String> text = List.of(Text.string(docString).split("\n"));
        await(type, e -> containsInOrder(EventText.of(e), bytes) || containsInOrder(EventText.of(e), text), "with the lines " + text);
    }

    /** Events of several types, in the order tor emitted them: a table of type and text. */
    @Then("the controller receives these events in order:")
    public void theControllerReceivesTheseEventsInOrder(DataTable table) {
        List<List<String>> rows = table.asLists();
        Duration bound = world.run().timeouts().event();
        long deadline = System.nanoTime() + bound.toNanos();
        List<ControllerEvent> got;
        do {
            got = world.controller().events();
            if (matchesInOrder(got, rows)) {
                return;
            }
            world.controller().awaitEvent(e -> false, Duration.ofMillis(50));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected the events " + rows + " in this order, the library delivered " + describe(got));
    }

    @Then("the controller receives {int} {word} events")
    public void theControllerReceivesEvents(int count, String type) {
        Duration bound = world.run().timeouts().event();
        world.controller().awaitEvent(e -> countOf(type) >= count, bound);
        // a short settle, so that one event delivered twice shows up as one too many
        world.controller().awaitEvent(e -> false, world.run().timeouts().quiet());
        int got = countOf(type);
        Checks.that(got == count, "expected " + count + " " + type + " events, the library delivered " + got + ": "
                + describe(world.controller().events()));
    }

    /**
     * A keyword argument as the library parsed it (looked up by name, case-insensitively, so
     * {@code SOCKS_PASSWORD} finds stem's {@code socks_password}). A library that exposes events
     * only as text has no such API.
     */
    @Then("the {word} event's {word} argument is {string}")
    public void theEventsArgumentIs(String type, String name, String value) {
        ControllerEvent e = await(type, x -> true, "");
        if (e.fields().isEmpty()) {
            throw new Unimplemented(world.target().name(), "parsed event arguments (it delivers events as text)");
        }
        Optional<String> got = e.fields().entrySet().stream().filter(f -> f.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
        Checks.that(got.isPresent() && Text.sameText(got.get(), value), "expected the " + type + " event's " + name + " to be "
                + Checks.show(Text.string(value))
                + ", the library parsed " + got.map(Checks::show).orElse("no such argument") + " (fields: " + e.fields() + ")");
    }

    private ControllerEvent await(String type, java.util.function.Predicate<ControllerEvent> match, String what) {
        Optional<ControllerEvent> got = world.controller().awaitEvent(e -> EventText.isType(e, type) && match.test(e),
                world.run().timeouts().event());
        if (got.isEmpty()) {
            throw new AssertionError("expected a " + type + " event" + (what.isEmpty() ? "" : " " + what) + ", the library delivered "
                    + describe(world.controller().events()));
        }
        return got.get();
    }

    private int countOf(String type) {
        return (int) world.controller().events().stream().filter(e -> EventText.isType(e, type)).count();
    }

    private static boolean containsInOrder(String text, List<String> lines) {
        int from = 0;
        for (String l : lines) {
            int i = text.indexOf(l, from);
            if (i < 0) {
                return false;
            }
            from = i + l.length();
        }
        return true;
    }

    private static boolean matchesInOrder(List<ControllerEvent> got, List<List<String>> rows) {
        int i = 0;
        for (ControllerEvent e : got) {
            if (i < rows.size() && EventText.isType(e, rows.get(i).get(0))
                    && Text.sameText(EventText.of(e), rows.get(i).get(1) == null ? "" : rows.get(i).get(1))) {
                i++;
            }
        }
        return i == rows.size();
    }

    static String describe(List<ControllerEvent> events) {
        if (events.isEmpty()) {
            return "no events";
        }
        List<String> out = new ArrayList<>();
        for (ControllerEvent e : events) {
            out.add(e.type() + " " + Checks.show(EventText.of(e)));
        }
        return out.toString();
    }
}
