package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.simulator.model.TraceReason;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The trace search finds customers who left by an exit criterion in plain words. */
class ExitCriterionQuestionTest {

    @Test
    void exitCriteriaAreAskedForInWords() {
        assertEquals(Set.of(TraceReason.EXIT_CRITERION), TraceQuestion.reasons("left by an exit criterion"));
        assertEquals(Set.of(TraceReason.EXIT_CRITERION, TraceReason.SENT),
                TraceQuestion.reasons("received a message and left early"));
    }
}
