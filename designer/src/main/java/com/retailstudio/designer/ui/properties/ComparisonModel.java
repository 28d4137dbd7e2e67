package com.retailstudio.designer.ui.properties;

import com.retailstudio.designer.model.Condition;
import com.retailstudio.designer.model.ConditionValue;
import com.retailstudio.designer.model.ConditionValueText;
import com.retailstudio.designer.model.DurationText;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.Operator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One structured comparison being edited: a field from the catalogue, an operator its type allows and a value read
 * by {@link ConditionValueText} against the field's type and range. Choosing another field keeps the operator when
 * the new type allows it and resets the value when the type changes.
 */
public final class ComparisonModel implements ConditionRow {
    private final FieldChoices choices;
    private final ObjectProperty<Field> field = new SimpleObjectProperty<>(this, "field");
    private final ObjectProperty<Operator> operator = new SimpleObjectProperty<>(this, "operator");
    private final ObservableList<Operator> operators = FXCollections.observableArrayList();
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** A field name read from a file that the catalogue does not know, kept so the problem can name it. */
    private String unknownField = "";

    public ComparisonModel(FieldChoices choices) {
        this.choices = choices;
        field.addListener((observable, before, after) -> {
            if (after == null) {
                operators.clear();
                return;
            }
            operators.setAll(Arrays.stream(Operator.values()).filter(after.type()::allows).toList());
            if (operator.get() == null || !after.type().allows(operator.get())) {
                operator.set(operators.get(0));
            }
            if (before == null || before.type() != after.type() || !before.allowedValues().equals(after.allowedValues())) {
                value.set(defaultValue(after));
            }
            unknownField = "";
        });
        operator.addListener((observable, before, after) -> {
            if (before != null && after != null && before.takesList() && !after.takesList() && value.get().contains(",")) {
                value.set(value.get().split(",")[0].strip());
            }
        });
    }

    /** A comparison to edit, loaded from the journey. */
    public static ComparisonModel of(FieldChoices choices, Condition.Comparison comparison) {
        ComparisonModel model = new ComparisonModel(choices);
        Optional<Field> found = choices.find(comparison.field());
        if (found.isPresent()) {
            model.field.set(found.get());
        } else {
            model.unknownField = comparison.field();
        }
        model.operator.set(comparison.operator());
        String written = ConditionValueText.write(comparison.value());
        if (found.isPresent() && found.get().type() == FieldType.DURATION) {
            // "90 days" reads better than the file's "90d", and reads back to the same value.
            written = DurationText.parse(written)
                    .map(DurationText::words).orElse(written);
        }
        model.value.set(written);
        return model;
    }

    private static String defaultValue(Field field) {
        if (field.type() == FieldType.BOOLEAN) {
            return "yes";
        }
        if (field.type() == FieldType.ENUM && !field.allowedValues().isEmpty()) {
            return field.allowedValues().get(0);
        }
        return "";
    }

    public FieldChoices choices() {
        return choices;
    }

    public ObjectProperty<Field> fieldProperty() {
        return field;
    }

    public ObjectProperty<Operator> operatorProperty() {
        return operator;
    }

    /** The operators the chosen field's type allows, in a fixed order. */
    public ObservableList<Operator> operators() {
        return operators;
    }

    /** The value as typed; lists are comma-separated, yes/no is "yes" or "no". */
    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The codes currently chosen for an enum field (one, or several for "is one of"). */
    public List<String> chosenCodes() {
        return Arrays.stream(value.get().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Optional<Condition.Comparison> read() {
        Field f = field.get();
        if (f == null) {
            problem.set(unknownField.isEmpty() ? "Choose a field."
                    : "\"" + unknownField + "\" is not a field Retail Studio knows. Choose a field from the list.");
            return Optional.empty();
        }
        Operator op = operator.get();
        ConditionValueText.Reading reading = ConditionValueText.read(f, op, value.get() == null ? "" : value.get());
        if (reading.problem().isPresent()) {
            problem.set(sentence(f.path() + " " + reading.problem().get()));
            return Optional.empty();
        }
        ConditionValue v = reading.value().orElseThrow();
        problem.set("");
        return Optional.of(new Condition.Comparison(f.path(), op, v));
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
