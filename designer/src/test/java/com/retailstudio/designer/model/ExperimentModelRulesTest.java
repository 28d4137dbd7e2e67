package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.designer.TestJourneys;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The experiment rule, its stable assignment and how a change to it reads in a version diff. */
class ExperimentModelRulesTest {

    @Test
    void aRuleIsOneOfTwoShapes() {
        assertThrows(IllegalArgumentException.class, () -> Experiment.pickWinner(0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Experiment(Experiment.Decision.FIXED_HORIZON, 7, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Experiment.fixedHorizon(1));
        assertEquals("winner after 14 d, α 0.05", Experiment.pickWinner(14, 0.05).summary());
    }

    @Test
    void bucketsAreTheHoldoutFormulaSaltedByTheSplitAndRangesFollowTheWeights() {
        assertEquals(Holdout.bucket("j:ab", "C1"), ExperimentAssignment.bucket("j", "ab", "C1"));
        int[] upper = ExperimentAssignment.upperBuckets(List.of(new JourneyNode.Path("a", "", 50),
                new JourneyNode.Path("b", "", 30), new JourneyNode.Path("c", "", 20)));
        assertArrayEquals(new int[] {5000, 8000, 10000}, upper);
        assertEquals(0, ExperimentAssignment.variant(upper, 4999));
        assertEquals(1, ExperimentAssignment.variant(upper, 5000));
        assertEquals(2, ExperimentAssignment.variant(upper, 9999));
        int[] share = new int[3];
        for (int i = 0; i < 20_000; i++) {
            share[ExperimentAssignment.variant(upper, ExperimentAssignment.bucket("j", "ab", "C" + i))]++;
        }
        assertEquals(0.2, share[2] / 20_000.0, 0.015);
    }

    @Test
    void changingTheRuleIsABehaviourChangeInTheDiff() {
        Journey before = TestJourneys.everything();
        JourneyNode.RandomSplit split = (JourneyNode.RandomSplit) before.node("ab").orElseThrow();
        Journey after = TestJourneys.replacing(before, new JourneyNode.RandomSplit("ab", split.title(),
                split.position(), split.paths(), Optional.of(Experiment.fixedHorizon(0.05))));
        String text = JourneyDiff.between(before, after).toText();
        assertEquals(1, JourneyDiff.between(before, after).behaviourChanges().size(), text);
        assertEquals(true, text.contains("fixed horizon") && text.contains("winner after 28 d"), text);
    }
}
