package org.torconformance.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceDiffTest {
    @Test
    void marksLinesOnlyOnOneSideAndKeepsBothOrders() {
        List<String> tor = List.of("NEW", "CONTROLLER_WAIT", "SENTCONNECT", "REMAP", "SUCCEEDED");
        List<String> mock = List.of("NEW", "SENTCONNECT", "SUCCEEDED", "CLOSED");
        assertEquals(List.of("  NEW", "- CONTROLLER_WAIT", "  SENTCONNECT", "- REMAP", "  SUCCEEDED", "+ CLOSED"),
                SequenceDiff.of(tor, mock).stream().map(Object::toString).toList());
        assertEquals(List.of("- CONTROLLER_WAIT", "- REMAP", "+ CLOSED"),
                SequenceDiff.differences(tor, mock).stream().map(Object::toString).toList());
    }

    @Test
    void identicalAndEmptySequencesHaveNoDifferences() {
        assertEquals(List.of(), SequenceDiff.differences(List.of("a", "b"), List.of("a", "b")));
        assertEquals(List.of(), SequenceDiff.differences(List.of(), List.of()));
        assertEquals(List.of("+ a"), SequenceDiff.differences(List.of(), List.of("a")).stream().map(Object::toString).toList());
    }
}
