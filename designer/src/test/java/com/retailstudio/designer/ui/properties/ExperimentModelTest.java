package com.retailstudio.designer.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Experiment;
import com.retailstudio.designer.model.FieldCatalogue;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.model.JourneyNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The random split inspector's experiment rule, without a stage. */
class ExperimentModelTest {
    private final Journey winback = JourneyTemplates.load("winback").orElseThrow();

    private RandomSplitModel split() {
        NodePropertiesModel model = new NodePropertiesModel(FieldCatalogue.standard());
        model.show(winback, winback.node("ab").orElseThrow());
        return assertInstanceOf(RandomSplitModel.class, model.editorProperty().get());
    }

    @Test
    void aPlainSplitStaysPlainAndBecomesAWinnerRuleWhenChosen() {
        RandomSplitModel split = split();
        assertEquals(ExperimentModel.Mode.PLAIN, split.experiment().modeProperty().get());
        assertEquals(Optional.empty(), ((JourneyNode.RandomSplit) split.read().orElseThrow()).experiment());
        split.experiment().modeProperty().set(ExperimentModel.Mode.PICK_WINNER);
        split.experiment().days().textProperty().set("21");
        split.experiment().alpha().textProperty().set("0.01");
        JourneyNode.RandomSplit after = (JourneyNode.RandomSplit) split.commit().orElseThrow();
        assertEquals(Optional.of(Experiment.pickWinner(21, 0.01)), after.experiment());
        assertTrue(after.summary().endsWith("winner after 21 d, α 0.01"), after.summary());
    }

    @Test
    void aBadDecisionDayIsFlaggedAndNothingIsCommitted() {
        RandomSplitModel split = split();
        split.experiment().modeProperty().set(ExperimentModel.Mode.PICK_WINNER);
        split.experiment().days().textProperty().set("0");
        assertEquals(Optional.empty(), split.commit());
        assertTrue(split.experiment().days().problem().contains("1"), split.experiment().days().problem());
        split.experiment().modeProperty().set(ExperimentModel.Mode.FIXED_HORIZON);
        assertEquals(Optional.of(Experiment.fixedHorizon(0.05)),
                ((JourneyNode.RandomSplit) split.commit().orElseThrow()).experiment());
    }
}
