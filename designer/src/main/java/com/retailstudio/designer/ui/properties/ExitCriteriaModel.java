package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.ExitCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The journey's exit criteria being edited: each leaves on an event or when a condition holds. */
public final class ExitCriteriaModel {
    /** The two kinds of exit criterion. */
    public enum Kind {
        EVENT("When the customer does"),
        CONDITION("When a condition holds");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One criterion: its kind, the event, and the condition (edited with the condition editor). */
    public static final class CriterionModel {
        private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.EVENT);
        private final ObjectProperty<String> event = new SimpleObjectProperty<>(this, "event", "unsubscribe");
        private final ConditionGroupModel condition;

        CriterionModel(FieldChoices choices, ExitCriterion criterion) {
            condition = new ConditionGroupModel(choices);
            if (criterion instanceof ExitCriterion.OnEvent e) {
                event.set(e.event());
            } else if (criterion instanceof ExitCriterion.WhenCondition w) {
                kind.set(Kind.CONDITION);
                condition.load(w.condition());
            }
        }

        public ObjectProperty<Kind> kindProperty() {
            return kind;
        }

        public ObjectProperty<String> eventProperty() {
            return event;
        }

        public ConditionGroupModel condition() {
            return condition;
        }

        Optional<ExitCriterion> read() {
            if (kind.get() == Kind.EVENT) {
                return Optional.ofNullable(event.get()).map(ExitCriterion.OnEvent::new);
            }
            return condition.read().map(ExitCriterion.WhenCondition::new);
        }
    }

    private final ObservableList<CriterionModel> criteria = FXCollections.observableArrayList();
    private FieldChoices choices;

    /** Shows a journey's criteria, conditions offering the fields of {@code fieldChoices}. */
    public void show(List<ExitCriterion> shown, FieldChoices fieldChoices) {
        choices = fieldChoices;
        criteria.setAll(shown.stream().map(c -> new CriterionModel(fieldChoices, c)).toList());
    }

    public ObservableList<CriterionModel> criteria() {
        return criteria;
    }

    /** Adds a criterion leaving on unsubscribe, the commonest reason to stop marketing to someone. */
    public CriterionModel add() {
        CriterionModel added = new CriterionModel(choices, new ExitCriterion.OnEvent("unsubscribe"));
        criteria.add(added);
        return added;
    }

    public void remove(CriterionModel criterion) {
        criteria.remove(criterion);
    }

    /** The criteria, or empty when a condition does not read (its problems shown by its inputs). */
    public Optional<List<ExitCriterion>> read() {
        List<ExitCriterion> out = new ArrayList<>();
        boolean ok = true;
        for (CriterionModel c : criteria) {
            Optional<ExitCriterion> read = c.read();
            read.ifPresent(out::add);
            ok &= read.isPresent();
        }
        return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
    }
}
