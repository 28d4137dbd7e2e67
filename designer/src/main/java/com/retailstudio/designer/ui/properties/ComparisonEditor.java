package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.NumberText;
import com.retailstudio.designer.model.Operator;
import com.retailstudio.ui.choice.CheckChoices;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * One comparison as a small card: the field (searched for in the catalogue: a ControlsFX {@link SearchableComboBox}),
 * then the operators its type allows and a value editor that fits the type — a number box with the field's range, a
 * combo of codes (checked in a ControlsFX {@link CheckComboBox} for "is one of"), yes/no, a date picker, a duration or
 * text box.
 */
final class ComparisonEditor extends VBox {
    private final ComparisonModel model;
    private final String id;
    private final Runnable commit;
    private final HBox valueRow = new HBox(6);

    ComparisonEditor(ComparisonModel model, String id, Runnable commit, Runnable onRemove) {
        this.model = model;
        this.id = id;
        this.commit = commit;
        setId(id);
        getStyleClass().add("condition-row");

        SearchableComboBox<Field> field = fieldPicker();
        HBox top = InspectorForm.row(4, field, ConditionGroupEditor.removeIcon("Remove this condition", onRemove));

        model.fieldProperty().addListener((observable, before, after) -> {
            rebuildValue();
            // A value still to type is not a problem yet; a field whose default value reads commits at once.
            if (!model.valueProperty().get().isBlank()) {
                commit.run();
            }
        });
        model.operatorProperty().addListener((observable, before, after) -> {
            if (before != null && after != null && before.takesList() != after.takesList()) {
                rebuildValue();
            }
        });
        rebuildValue();
        getChildren().addAll(top, valueRow, InspectorForm.problem(model.problemProperty()));
    }

    /**
     * The catalogue is long (profile, consent, every event type's counts, the journey's steps): one flat list whose
     * search box finds a field by any part of its dotted path, e.g. "purchase 30" finds events.purchase.count_30d.
     */
    private SearchableComboBox<Field> fieldPicker() {
        SearchableComboBox<Field> picker = new SearchableComboBox<>(
                FXCollections.observableArrayList(model.choices().fields()));
        picker.setId(id + "-field");
        picker.setPromptText("Choose a field…");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(0);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Field f) {
                return f == null ? "" : f.path();
            }

            @Override
            public Field fromString(String path) {
                return model.choices().find(path).orElse(null);
            }
        });
        picker.setCellFactory(list -> new FieldCell());
        picker.valueProperty().bindBidirectional(model.fieldProperty());
        Runnable tip = () -> {
            Field f = model.fieldProperty().get();
            picker.setTooltip(f == null ? null : new Tooltip(f.group().label() + ": " + f.description()));
        };
        model.fieldProperty().addListener((observable, before, after) -> tip.run());
        tip.run();
        return picker;
    }

    /** A field in the picker's list: its path, and its group muted beside it. */
    private static final class FieldCell extends ListCell<Field> {
        private final Label path = new Label();
        private final Label group = new Label();
        private final HBox row = new HBox(8, path, group);

        FieldCell() {
            path.setMinWidth(0);
            group.getStyleClass().add(Styles.TEXT_MUTED);
            group.setMinWidth(Label.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Field item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            path.setText(item.path());
            group.setText(item.group().label());
            setGraphic(row);
        }
    }

    private void rebuildValue() {
        valueRow.getChildren().clear();
        Field f = model.fieldProperty().get();
        if (f == null) {
            return;
        }
        ComboBox<Operator> operator = new ComboBox<>(model.operators());
        operator.setId(id + "-operator");
        operator.setConverter(new StringConverter<>() {
            @Override
            public String toString(Operator o) {
                return o == null ? "" : o.phrase();
            }

            @Override
            public Operator fromString(String s) {
                return null;
            }
        });
        operator.valueProperty().bindBidirectional(model.operatorProperty());
        operator.valueProperty().addListener((observable, before, after) -> commit.run());
        operator.setPrefWidth(146);
        operator.setMinWidth(146);
        Node value = valueEditor(f, model.operatorProperty().get());
        HBox.setHgrow(value, Priority.ALWAYS);
        valueRow.getChildren().addAll(operator, value);
    }

    private Node valueEditor(Field f, Operator operator) {
        boolean list = operator != null && operator.takesList();
        if (f.type() == FieldType.ENUM && list) {
            return codeChecklist(f);
        }
        if (f.type() == FieldType.ENUM || f.type() == FieldType.BOOLEAN) {
            List<String> options = f.type() == FieldType.BOOLEAN ? List.of("yes", "no") : f.allowedValues();
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().setAll(options);
            if (!options.contains(model.valueProperty().get())) {
                combo.getItems().add(model.valueProperty().get());
            }
            combo.valueProperty().bindBidirectional(model.valueProperty());
            combo.valueProperty().addListener((observable, before, after) -> commit.run());
            return fill(combo);
        }
        if (f.type() == FieldType.DATE && !list) {
            DatePicker picker = new DatePicker();
            picker.setEditable(true);
            picker.setPromptText("yyyy-mm-dd");
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return date == null ? "" : date.toString();
                }

                @Override
                public LocalDate fromString(String text) {
                    try {
                        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                    } catch (DateTimeParseException e) {
                        // Keep what was typed, so the problem can name it.
                        model.valueProperty().set(text);
                        return null;
                    }
                }
            });
            try {
                picker.setValue(LocalDate.parse(model.valueProperty().get()));
            } catch (DateTimeParseException e) {
                picker.getEditor().setText(model.valueProperty().get());
            }
            picker.valueProperty().addListener((observable, before, after) -> {
                if (after != null) {
                    model.valueProperty().set(after.toString());
                }
                commit.run();
            });
            // A typed date that does not parse leaves the value unchanged; leaving the box still shows why.
            picker.focusedProperty().addListener((observable, was, is) -> {
                if (!is) {
                    commit.run();
                }
            });
            model.problemProperty().addListener((observable, before, now) ->
                    picker.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
            return fill(picker);
        }
        TextField text = new TextField();
        text.setId(id + "-value");
        text.textProperty().bindBidirectional(model.valueProperty());
        text.setPromptText(prompt(f, list));
        text.setOnAction(e -> commit.run());
        text.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        model.problemProperty().addListener((observable, before, now) ->
                text.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        return fill(text);
    }

    private static String prompt(Field f, boolean list) {
        return switch (f.type()) {
            case NUMBER -> {
                if (f.min().isPresent() && f.max().isPresent()) {
                    yield NumberText.format(f.min().get()) + " to " + NumberText.format(f.max().get());
                }
                yield f.min().map(m -> NumberText.format(m) + " or more").orElse("a number");
            }
            case DURATION -> "e.g. 30 days";
            case DATE -> "yyyy-mm-dd, …";
            default -> list ? "a, b, c" : "text";
        };
    }

    /** For "is one of" / "is none of" on a coded field: the codes checked in a drop-down, shown as "GOLD, PLATINUM". */
    private Node codeChecklist(Field f) {
        ObservableList<String> chosen = FXCollections.observableArrayList(model.chosenCodes());
        CheckComboBox<String> box = CheckChoices.bound(id + "-codes",
                FXCollections.observableArrayList(f.allowedValues()), chosen, "Choose…");
        chosen.addListener((ListChangeListener<String>) change -> {
            model.valueProperty().set(String.join(", ", chosen));
            commit.run();
        });
        // ControlsFX opens the box only with the mouse; the keys that open a combo box open it too (inside, the
        // arrows move and Space checks)
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.F4) {
                box.show();
                event.consume();
            }
        });
        return fill(box);
    }

    private static <T extends Region> T fill(T control) {
        control.setMaxWidth(Double.MAX_VALUE);
        control.setMinWidth(0);
        return control;
    }

}
