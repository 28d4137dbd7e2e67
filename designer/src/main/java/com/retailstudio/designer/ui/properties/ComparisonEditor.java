package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.Styles;
import com.retailstudio.designer.model.Field;
import com.retailstudio.designer.model.FieldType;
import com.retailstudio.designer.model.NumberText;
import com.retailstudio.designer.model.Operator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * One comparison as a small card: the field (picked from the catalogue's groups), then the operators its type
 * allows and a value editor that fits the type — a number box with the field's range, a combo of codes, yes/no, a
 * date picker, a duration or text box.
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

        MenuButton field = fieldPicker();
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

    private MenuButton fieldPicker() {
        MenuButton picker = new MenuButton();
        picker.setId(id + "-field");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(0);
        picker.setMnemonicParsing(false);
        Runnable label = () -> {
            Field f = model.fieldProperty().get();
            picker.setText(f == null ? "Choose a field…" : f.path());
            picker.setTooltip(f == null ? null : new Tooltip(f.group().label() + ": " + f.description()));
        };
        model.fieldProperty().addListener((observable, before, after) -> label.run());
        label.run();
        for (Field.Group group : Field.Group.values()) {
            List<Field> fields = model.choices().inGroup(group);
            if (fields.isEmpty()) {
                continue;
            }
            Menu menu = new Menu(group.label());
            menu.setMnemonicParsing(false);
            if (group == Field.Group.BEHAVIOUR || group == Field.Group.JOURNEY_HISTORY) {
                // events.<type>.<measure> and journey.<step>.<fact>: one submenu per event type or step.
                Map<String, Menu> sub = new LinkedHashMap<>();
                for (Field f : fields) {
                    String[] parts = f.path().split("\\.");
                    Menu inner = sub.computeIfAbsent(parts[1], name -> {
                        Menu m = new Menu(name);
                        m.setMnemonicParsing(false);
                        return m;
                    });
                    inner.getItems().add(item(f, parts[2].replace('_', ' ')));
                }
                menu.getItems().addAll(sub.values());
            } else {
                for (Field f : fields) {
                    menu.getItems().add(item(f, f.path().substring(f.path().indexOf('.') + 1)));
                }
            }
            picker.getItems().add(menu);
        }
        return picker;
    }

    private MenuItem item(Field field, String text) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setId(id + "-pick-" + field.path().replace('.', '-'));
        item.setOnAction(e -> model.fieldProperty().set(field));
        return item;
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

    /** For "is one of" on a coded field: the codes as check items, the choice shown as "GOLD, PLATINUM". */
    private Node codeChecklist(Field f) {
        MenuButton button = new MenuButton();
        button.setId(id + "-codes");
        button.setMnemonicParsing(false);
        List<CheckMenuItem> items = new ArrayList<>();
        Runnable label = () -> {
            List<String> chosen = model.chosenCodes();
            button.setText(chosen.isEmpty() ? "Choose…" : String.join(", ", chosen));
        };
        for (String code : f.allowedValues()) {
            CheckMenuItem item = new CheckMenuItem(code);
            item.setMnemonicParsing(false);
            item.setSelected(model.chosenCodes().contains(code));
            item.selectedProperty().addListener((observable, was, is) -> {
                List<String> chosen = items.stream().filter(CheckMenuItem::isSelected).map(CheckMenuItem::getText)
                        .toList();
                model.valueProperty().set(String.join(", ", chosen));
                label.run();
                commit.run();
            });
            items.add(item);
        }
        button.getItems().addAll(items);
        label.run();
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(0);
        return fill(button);
    }

    private static <T extends Region> T fill(T control) {
        control.setMaxWidth(Double.MAX_VALUE);
        control.setMinWidth(0);
        return control;
    }

}
