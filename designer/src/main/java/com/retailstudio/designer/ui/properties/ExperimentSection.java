package com.retailstudio.designer.ui.properties;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;

/** The inspector's Experiment section of a random split: the rule, the decision day and the significance level. */
final class ExperimentSection {
    private ExperimentSection() {
    }

    static VBox of(ExperimentModel experiment, Runnable commit) {
        ComboBox<ExperimentModel.Mode> mode = InspectorForm.combo(experiment.modeProperty(),
                List.of(ExperimentModel.Mode.values()), ExperimentModel.Mode::label, "experiment-mode", commit);
        VBox days = InspectorForm.labelled("Decide after (days)",
                InspectorForm.input(experiment.days(), "experiment-days", "e.g. 14", commit));
        days.visibleProperty().bind(experiment.picksWinner());
        days.managedProperty().bind(days.visibleProperty());
        VBox alpha = InspectorForm.labelled("Significance level α",
                InspectorForm.input(experiment.alpha(), "experiment-alpha", "0.05", commit));
        alpha.visibleProperty().bind(experiment.modeProperty().isNotEqualTo(ExperimentModel.Mode.PLAIN));
        alpha.managedProperty().bind(alpha.visibleProperty());
        return InspectorForm.section("Experiment",
                InspectorForm.hint("As an experiment the paths are variants (2 to 5): each customer always gets the "
                        + "same one, and the simulation compares their conversion. Picking the winner sends everyone "
                        + "after the decision day to the variant that converts significantly better than all others."),
                mode, days, alpha);
    }
}
