package org.torconformance.conformance.steps;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.torconformance.wire.ByteString;

/** What the library put on the wire, from the mock's journal, byte for byte. */
public final class JournalSteps {
    private final World world;

    public JournalSteps(World world) {
        this.world = world;
    }

    private List<ByteString> sent() {
        return SentCommands.of(world.mock().journal());
    }

    private String listSent() {
        List<ByteString> all = sent();
        return all.isEmpty() ? "nothing" : all.stream().map(Text::show).collect(Collectors.joining(", "));
    }

    /** One of the commands the library sent is these bytes, line ending included. */
    @Then("the controller sent exactly {string}")
    public void theControllerSentExactly(String bytes) {
        ByteString expected = Text.bytes(bytes);
        Checks.that(sent().contains(expected), "expected the library to send the command " + Text.show(expected) + "; it sent " + listSent());
    }

    /** The last command with this keyword, compared byte for byte (the spec fixes these bytes). */
    @Then("the controller's {word} command was exactly {string}")
    public void theCommandWasExactly(String keyword, String bytes) {
        ByteString expected = Text.bytes(bytes);
        ByteString got = last(keyword);
        Checks.that(got.equals(expected), "expected the " + keyword + " command to be " + Text.show(expected) + ", the library sent "
                + Text.show(got));
    }

    /** A multi-line command: the doc string's lines, each ended by CRLF. */
    @Then("the controller's {word} command was exactly:")
    public void theCommandWasExactlyLines(String keyword, String docString) {
        ByteString expected = Text.wireLines(docString);
        ByteString got = last(keyword);
        Checks.that(got.equals(expected), "expected the " + keyword + " command to be " + Text.show(expected) + ", the library sent "
                + Text.show(got));
    }

    /** For parts tor leaves free (nonces, hashes): the command, read as Latin-1, matches the regex. */
    @Then("the controller's {word} command matches {string}")
    public void theCommandMatches(String keyword, String regex) {
        ByteString got = last(keyword);
        Checks.that(Pattern.compile(regex, Pattern.DOTALL).matcher(got.latin1()).matches(),
                "expected the " + keyword + " command to match /" + regex + "/, the library sent " + Text.show(got));
    }

    @Then("the controller sent a {word} command")
    public void theControllerSentACommand(String keyword) {
        Checks.that(!SentCommands.withKeyword(world.mock().journal(), keyword).isEmpty(),
                "expected the library to send a " + keyword + " command; it sent " + listSent());
    }

    @Then("the controller sent no {word} command")
    public void theControllerSentNoCommand(String keyword) {
        List<ByteString> got = SentCommands.withKeyword(world.mock().journal(), keyword);
        Checks.that(got.isEmpty(), "expected the library to send no " + keyword + " command; it sent " + got.stream().map(Text::show).toList());
    }

    /** Controllers SHOULD end every line with CRLF (control-spec §2.1); tor accepts a bare LF too. */
    @Then("every line the controller sent ends with CRLF")
    public void everyLineEndsWithCrlf() {
        for (ByteString command : sent()) {
            for (int i = 0; i < command.length(); i++) {
                if (command.at(i) == '\n') {
                    Checks.that(i > 0 && command.at(i - 1) == '\r', "expected every line to end with CRLF; this one has a bare LF: "
                            + Text.show(command));
                }
            }
        }
        Checks.that(!sent().isEmpty(), "expected the library to send something; it sent nothing");
    }

    private ByteString last(String keyword) {
        List<ByteString> got = SentCommands.withKeyword(world.mock().journal(), keyword);
        if (got.isEmpty()) {
            throw new AssertionError("expected the library to send a " + keyword + " command; it sent " + listSent());
        }
        return got.get(got.size() - 1);
    }
}
