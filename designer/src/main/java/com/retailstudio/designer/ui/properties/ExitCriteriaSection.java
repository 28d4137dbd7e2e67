package com.retailstudio.designer.ui.properties;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The journey settings' Exit criteria section: a card per criterion (an event, or a condition), and an add button. */
final class ExitCriteriaSection {
    private ExitCriteriaSection() {
    }

    static VBox of(ExitCriteriaModel model, Runnable commit) {
        VBox list = new VBox(8);
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (int i = 0; i < model.criteria().size(); i++) {
                list.getChildren().add(card(model, model.criteria().get(i), "exit-" + (i + 1), commit));
            }
        };
        model.criteria().addListener((ListChangeListener<ExitCriteriaModel.CriterionModel>) change -> {
            rebuild.run();
            commit.run();
        });
        rebuild.run();
        return InspectorForm.section("Exit criteria",
                InspectorForm.hint("Customers leave the journey at once when one of these happens. They count as "
                        + "exits, not conversions: the goal stays the only conversion."),
                list, InspectorForm.addButton("Exit criterion", "add-exit-criterion", model::add));
    }

    private static VBox card(ExitCriteriaModel model, ExitCriteriaModel.CriterionModel criterion, String id,
            Runnable commit) {
        ComboBox<ExitCriteriaModel.Kind> kind = InspectorForm.combo(criterion.kindProperty(),
                List.of(ExitCriteriaModel.Kind.values()), ExitCriteriaModel.Kind::label, id + "-kind", commit);
        var remove = InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this exit criterion",
                () -> model.remove(criterion));
        remove.setId(id + "-remove");
        ComboBox<String> event = InspectorForm.combo(criterion.eventProperty(), WaitModel.EVENTS, e -> e,
                id + "-event", commit);
        ConditionGroupEditor condition = new ConditionGroupEditor(criterion.condition(), id + "-condition", commit,
                null);
        Runnable sync = () -> {
            boolean onEvent = criterion.kindProperty().get() == ExitCriteriaModel.Kind.EVENT;
            event.setVisible(onEvent);
            event.setManaged(onEvent);
            condition.setVisible(!onEvent);
            condition.setManaged(!onEvent);
        };
        criterion.kindProperty().addListener((observable, before, after) -> sync.run());
        sync.run();
        VBox card = new VBox(6, InspectorForm.row(4, kind, remove), event, condition);
        card.getStyleClass().add("inspector-card");
        card.setId(id);
        return card;
    }
}
