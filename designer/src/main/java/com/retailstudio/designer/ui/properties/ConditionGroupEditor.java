package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Condition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Edits an AND/OR group: "Match all / any of these", its rows (comparisons and nested groups, each removable) and
 * buttons to add a condition or a nested group. Nothing here is free text code. The one condition editor of the
 * application: the journey inspector's branches, entry and audience, and the Segments editor.
 */
public final class ConditionGroupEditor extends VBox {
    private final ConditionGroupModel model;
    private final Runnable commit;
    private final String id;
    private final VBox rows = new VBox(6);

    /**
     * @param id       prefix of the node ids inside, e.g. {@code branch-1-condition}
     * @param onRemove removes this group from its parent; null for a top-level group
     */
    /**
     * A top-level group editor outside the inspector (which brings the inspector's stylesheet with it).
     *
     * @param onChange runs after every change the user makes
     */
    public static ConditionGroupEditor standalone(ConditionGroupModel model, String id, Runnable onChange) {
        ConditionGroupEditor editor = new ConditionGroupEditor(model, id, onChange, null);
        editor.getStylesheets().add(InspectorForm.STYLESHEET);
        return editor;
    }

    ConditionGroupEditor(ConditionGroupModel model, String id, Runnable commit, Runnable onRemove) {
        this.model = model;
        this.commit = commit;
        this.id = id;
        setId(id);
        getStyleClass().add("condition-group");
        if (onRemove != null) {
            getStyleClass().add("condition-group-nested");
        }

        ToggleGroup toggle = new ToggleGroup();
        ToggleButton all = new ToggleButton("All");
        all.setId(id + "-all");
        all.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        ToggleButton any = new ToggleButton("Any");
        any.setId(id + "-any");
        any.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        all.setToggleGroup(toggle);
        any.setToggleGroup(toggle);
        (model.combinatorProperty().get() == Condition.Combinator.AND ? all : any).setSelected(true);
        toggle.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                // A pill group always has one side chosen.
                before.setSelected(true);
                return;
            }
            model.combinatorProperty().set(after == all ? Condition.Combinator.AND : Condition.Combinator.OR);
            commit.run();
        });
        Label match = new Label("Match");
        Label ofThese = new Label("of these");
        match.getStyleClass().add("inspector-field-label");
        ofThese.getStyleClass().add("inspector-field-label");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, match, new HBox(all, any), ofThese, gap);
        header.setAlignment(Pos.CENTER_LEFT);
        if (onRemove != null) {
            header.getChildren().add(InspectorForm.iconButton(Material2OutlinedAL.DELETE_OUTLINE, "Remove this group",
                    () -> {
                        onRemove.run();
                        commit.run();
                    }));
        }

        HBox add = new HBox(2,
                InspectorForm.addButton("Condition", id + "-add-condition", () -> {
                    model.addComparison();
                }),
                InspectorForm.addButton(model.combinatorProperty().get() == Condition.Combinator.AND ? "Any-of group"
                        : "All-of group", id + "-add-group", () -> {
                    model.addGroup();
                }));
        model.combinatorProperty().addListener((observable, before, after) ->
                ((Button) add.getChildren().get(1)).setText(
                        after == Condition.Combinator.AND ? "Any-of group" : "All-of group"));
        model.rows().addListener((ListChangeListener<ConditionRow>) change -> rebuild());
        model.combinatorProperty().addListener((observable, before, after) -> rebuild());
        rebuild();
        getChildren().addAll(header, rows, add);
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (model.rows().isEmpty()) {
            rows.getChildren().add(InspectorForm.hint("No conditions: every customer matches."));
            return;
        }
        String join = model.combinatorProperty().get() == Condition.Combinator.AND ? "AND" : "OR";
        for (int i = 0; i < model.rows().size(); i++) {
            ConditionRow row = model.rows().get(i);
            if (i > 0) {
                Label joiner = new Label(join);
                joiner.getStyleClass().add("condition-join");
                rows.getChildren().add(joiner);
            }
            rows.getChildren().add(editorFor(row, id + "-" + (i + 1)));
        }
    }

    private Node editorFor(ConditionRow row, String rowId) {
        Runnable remove = () -> model.remove(row);
        if (row instanceof ComparisonModel comparison) {
            return new ComparisonEditor(comparison, rowId, commit, () -> {
                remove.run();
                commit.run();
            });
        }
        return new ConditionGroupEditor((ConditionGroupModel) row, rowId, commit, remove);
    }

    static Button removeIcon(String tip, Runnable action) {
        return InspectorForm.iconButton(Material2AL.CLOSE, tip, action);
    }
}
