package com.retailstudio.designer.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.designer.TestJourneys;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lint of experiment splits (the journey's goal window is 14 days). */
class ExperimentLintTest {
    private static List<String> found(List<JourneyNode.Path> paths, Experiment rule) {
        Journey journey = TestJourneys.replacing(TestJourneys.everything(),
                new JourneyNode.RandomSplit("ab", "Test", TestJourneys.at(480, 0), paths, Optional.of(rule)));
        return Lint.check(journey).stream().filter(f -> f.code().startsWith("EXPERIMENT"))
                .map(f -> f.severity() + " " + f.code()).toList();
    }

    private static List<JourneyNode.Path> paths(double... weights) {
        return IntStream.range(0, weights.length)
                .mapToObj(i -> new JourneyNode.Path("v" + i, "V" + i, weights[i])).toList();
    }

    @Test
    void anExperimentComparesTwoToFiveVariantsEachWithAShare() {
        assertEquals(List.of(), found(paths(50, 50), Experiment.pickWinner(28, 0.05)));
        assertEquals(List.of(), found(paths(20, 20, 20, 20, 20), Experiment.fixedHorizon(0.05)));
        assertEquals(List.of("ERROR EXPERIMENT_VARIANTS"), found(paths(100), Experiment.fixedHorizon(0.05)));
        assertEquals(List.of("ERROR EXPERIMENT_VARIANTS"), found(paths(20, 20, 20, 20, 10, 10),
                Experiment.fixedHorizon(0.05)));
        assertEquals(List.of("WARNING EXPERIMENT_EMPTY_VARIANT"), found(paths(100, 0), Experiment.fixedHorizon(0.05)));
    }

    @Test
    void theDecisionDayMustLeaveConversionWindowsClosedAndFallWithinAYear() {
        assertEquals(List.of("ERROR EXPERIMENT_DECISION_BEFORE_WINDOW"), found(paths(50, 50),
                Experiment.pickWinner(14, 0.05)));
        assertEquals(List.of("WARNING EXPERIMENT_DECISION_EARLY"), found(paths(50, 50),
                Experiment.pickWinner(20, 0.05)));
        assertEquals(List.of("ERROR EXPERIMENT_DECISION_TOO_LATE"), found(paths(50, 50),
                Experiment.pickWinner(400, 0.05)));
    }
}
