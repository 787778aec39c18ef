package org.torconformance.conformance.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import org.torconformance.wire.ByteString;
import org.torconformance.wire.KvLine;
import org.torconformance.wire.WireFormatException;

/** GETCONF, SETCONF, RESETCONF, SAVECONF and +LOADCONF through the library's API. */
public final class ConfigSteps {
    /** In a table of options, this value unsets the option (SETCONF with a bare key). */
    static final String UNSET = "(unset)";

    private final World world;

    public ConfigSteps(World world) {
        this.world = world;
    }

    @When("the controller asks for the configuration of {string}")
    public void theControllerAsksForTheConfigurationOf(String keys) {
        world.call(() -> world.controller().getConf(List.of(keys.split(" "))));
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> conf() {
        return world.result(Map.class);
    }

    /** Option names are case-insensitive; tor answers in its canonical case. */
    private List<String> valuesOf(String key) {
        for (Map.Entry<String, List<String>> e : conf().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Then("the controller gets the configuration {string} = {string}")
    public void theControllerGetsTheConfiguration(String key, String value) {
        expectValues(key, List.of(value));
    }

    /** A repeated option: every value, in tor's order, one per doc string line. */
    @Then("the controller gets the configuration {string} as the values:")
    public void theControllerGetsTheConfigurationValues(String key, String docString) {
        expectValues(key, List.of(docString.split("\n")));
    }

    /** Expected values are feature text (escapes applied); see {@link Text#sameText}. */
    private void expectValues(String key, List<String> expected) {
        List<String> got = valuesOf(key);
        boolean same = got != null && got.size() == expected.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = Text.sameText(got.get(i), expected.get(i));
        }
        Checks.that(same, "expected " + key + " = " + show(expected.stream().map(Text::string).toList()) + ", the library returned "
                + (got == null ? "no entry for it" : show(got)) + " (all: " + conf() + ")");
    }

    /** "250 ContactInfo" (unset): a library may leave the key out or give it no (or an empty) value. */
    @Then("the controller gets the configuration {string} without a value")
    public void theControllerGetsTheConfigurationWithoutAValue(String key) {
        List<String> got = valuesOf(key);
        boolean none = got == null || got.isEmpty() || got.equals(List.of(""));
        Checks.that(none, "expected " + key + " to have no value, the library returned " + show(got));
    }

    @When("the controller sets {string} to {string}")
    public void theControllerSets(String key, String value) {
        set(List.of(new AbstractMap.SimpleEntry<>(key, Text.string(value))));
    }

    @When("the controller unsets {string}")
    public void theControllerUnsets(String key) {
        set(List.of(new AbstractMap.SimpleEntry<>(key, (String) null)));
    }

    /** A two-column table, option and value, sent in one SETCONF in table order. */
    @When("the controller sets the configuration:")
    public void theControllerSetsTheConfiguration(DataTable table) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (List<String> row : table.asLists()) {
            String value = row.get(1) == null ? "" : row.get(1);
            pairs.add(new AbstractMap.SimpleEntry<>(row.get(0), value.equals(UNSET) ? null : Text.string(value)));
        }
        set(pairs);
    }

    private void set(List<Map.Entry<String, String>> pairs) {
        world.run(() -> world.controller().setConf(pairs));
    }

    @When("the controller resets the configuration of {string}")
    public void theControllerResets(String keys) {
        world.run(() -> world.controller().resetConf(List.of(keys.split(" "))));
    }

    @When("the controller saves the configuration")
    public void theControllerSaves() {
        world.run(() -> world.controller().saveConf(false));
    }

    @When("the controller saves the configuration with force")
    public void theControllerSavesWithForce() {
        world.run(() -> world.controller().saveConf(true));
    }

    @When("the controller loads the configuration:")
    public void theControllerLoads(String torrc) {
        world.run(() -> world.controller().loadConf(Text.string(torrc)));
    }

    /**
     * What tor will read from the library's last SETCONF or RESETCONF: the pairs as tor's own
     * parser takes them apart (raw words or C-string quotes, control-spec §3.1), in order. A
     * table of option and value; {@code (unset)} means a bare option name.
     */
    @Then("the controller's {word} command assigns:")
    public void theCommandAssigns(String keyword, DataTable table) {
        List<ByteString> sent = SentCommands.withKeyword(world.mock().journal(), keyword);
        Checks.that(!sent.isEmpty(), "expected the library to send " + keyword + "; it sent "
                + SentCommands.of(world.mock().journal()).stream().map(Text::show).toList()
                + (world.lastError != null ? " and reported: " + world.lastError.getMessage() : ""));
        ByteString line = sent.get(sent.size() - 1);
        String text = line.latin1();
        String args = text.substring(Math.min(text.length(), keyword.length())).replaceFirst("\r?\n$", "");
        List<KvLine.Entry> got;
        try {
            got = KvLine.parse(ByteString.latin1(args), EnumSet.of(KvLine.Flag.QUOTED, KvLine.Flag.OMIT_VALS));
        } catch (WireFormatException e) {
            throw new AssertionError("tor cannot parse the library's " + keyword + " (it would answer 512: " + e.getMessage() + "): "
                    + Text.show(line));
        }
        List<List<String>> rows = table.asLists();
        List<String> want = new ArrayList<>();
        List<String> have = new ArrayList<>();
        for (List<String> row : rows) {
            String v = row.get(1) == null ? "" : row.get(1);
            want.add(row.get(0).toLowerCase(java.util.Locale.ROOT) + (v.equals(UNSET) ? " (unset)" : "=" + Checks.show(Text.bytes(v).latin1())));
        }
        for (KvLine.Entry e : got) {
            boolean bare = e.value().isEmpty() && !java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(e.key().latin1())
                    + "=").matcher(args).find();
            have.add(e.key().latin1().toLowerCase(java.util.Locale.ROOT) + (bare ? " (unset)" : "=" + Checks.show(e.value().latin1())));
        }
        Checks.that(want.equals(have), "expected " + keyword + " to assign " + want + " in this order; tor reads " + have + " from "
                + Text.show(line));
    }

    private static String show(List<String> values) {
        return values == null ? "nothing" : values.stream().map(Checks::show).toList().toString();
    }
}
