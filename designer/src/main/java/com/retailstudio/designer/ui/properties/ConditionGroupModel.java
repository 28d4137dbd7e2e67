package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An AND/OR group being edited: its rows are comparisons and nested groups, in order. */
public final class ConditionGroupModel implements ConditionRow {
    private final FieldChoices choices;
    private final ObjectProperty<Condition.Combinator> combinator =
            new SimpleObjectProperty<>(this, "combinator", Condition.Combinator.AND);
    private final ObservableList<ConditionRow> rows = FXCollections.observableArrayList();

    public ConditionGroupModel(FieldChoices choices) {
        this.choices = choices;
    }

    public static ConditionGroupModel of(FieldChoices choices, Condition.Group group) {
        ConditionGroupModel model = new ConditionGroupModel(choices);
        model.load(group);
        return model;
    }

    /** Replaces what is edited with {@code group}. */
    public void load(Condition.Group group) {
        combinator.set(group.combinator());
        List<ConditionRow> loaded = new ArrayList<>();
        for (Condition condition : group.conditions()) {
            if (condition instanceof Condition.Comparison c) {
                loaded.add(ComparisonModel.of(choices, c));
            } else if (condition instanceof Condition.Group g) {
                loaded.add(of(choices, g));
            }
        }
        rows.setAll(loaded);
    }

    public FieldChoices choices() {
        return choices;
    }

    public ObjectProperty<Condition.Combinator> combinatorProperty() {
        return combinator;
    }

    public ObservableList<ConditionRow> rows() {
        return rows;
    }

    /** Adds an empty comparison at the end; it reads as a problem until a field is chosen. */
    public ComparisonModel addComparison() {
        ComparisonModel row = new ComparisonModel(choices);
        rows.add(row);
        return row;
    }

    /** Adds a nested group combining the other way (an OR inside an AND, and the reverse). */
    public ConditionGroupModel addGroup() {
        ConditionGroupModel group = new ConditionGroupModel(choices);
        group.combinator.set(combinator.get() == Condition.Combinator.AND ? Condition.Combinator.OR
                : Condition.Combinator.AND);
        group.addComparison();
        rows.add(group);
        return group;
    }

    public void remove(ConditionRow row) {
        rows.remove(row);
    }

    /** Reads every row (so every problem shows at once); empty when any does not read. */
    @Override
    public Optional<Condition.Group> read() {
        List<Condition> conditions = new ArrayList<>();
        boolean ok = true;
        for (ConditionRow row : rows) {
            Optional<? extends Condition> condition = row.read();
            if (condition.isPresent()) {
                conditions.add(condition.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(new Condition.Group(combinator.get(), conditions)) : Optional.empty();
    }
}
