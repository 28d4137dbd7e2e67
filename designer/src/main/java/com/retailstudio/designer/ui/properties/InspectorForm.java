package com.retailstudio.designer.ui.properties;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The inspector's building blocks: sections with a header, fields with their label above and their problem below
 * (red outline and a sentence), combos and small icon buttons, all in the theme's styles.
 */
final class InspectorForm {
    static final String STYLESHEET = InspectorForm.class.getResource("properties.css").toExternalForm();

    private InspectorForm() {
    }

    /** A titled section; the title is in capitals like the rest of the app's side panels. */
    static VBox section(String title, Node... content) {
        Label header = new Label(title.toUpperCase(Locale.ROOT));
        header.getStyleClass().add("inspector-section-title");
        VBox box = new VBox(header);
        box.getChildren().addAll(content);
        box.getStyleClass().add("inspector-section");
        return box;
    }

    /** A control with its label above it. */
    static VBox labelled(String label, Node control) {
        Label text = new Label(label);
        text.getStyleClass().add("inspector-field-label");
        // In a half-width column a long label takes a second line rather than lose its end.
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setLabelFor(control);
        VBox box = new VBox(text, control);
        box.getStyleClass().add("inspector-field");
        if (control instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }

    /** A sentence in muted text, wrapped. */
    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("inspector-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    /** A red sentence that is there only while {@code problem} is not empty. */
    static Label problem(ObservableStringValue problem) {
        Label label = new Label();
        label.getStyleClass().add("inspector-problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(problem);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A text box bound to a typed input, committing on Enter and when it loses focus; its problem shows below. */
    static VBox input(TypedInput<?> input, String id, String prompt, Runnable commit) {
        TextField field = new TextField();
        return wrap(bind(field, input, id, prompt, commit), input);
    }

    /** The same, for a text control built by the caller (e.g. a text area). */
    static <C extends TextInputControl> C bind(C field, TypedInput<?> input, String id, String prompt,
            Runnable commit) {
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(input.textProperty());
        if (field instanceof TextField tf) {
            tf.setOnAction(e -> commit.run());
        }
        field.focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        input.problemProperty().addListener((observable, before, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !input.problem().isEmpty());
        field.setMaxWidth(Double.MAX_VALUE);
        return field;
    }

    /** A bound control above its input's problem sentence. */
    static VBox wrap(Node control, TypedInput<?> input) {
        VBox box = new VBox(2, control, problem(input.problemProperty()));
        box.setFillWidth(true);
        return box;
    }

    /** A combo bound to a property; a change commits. */
    static <T> ComboBox<T> combo(ObjectProperty<T> property, List<T> items, Function<T, String> text, String id,
            Runnable commit) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        combo.setId(id);
        combo.valueProperty().bindBidirectional(property);
        combo.valueProperty().addListener((observable, before, after) -> commit.run());
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    /** A small flat button with an icon and text, e.g. "+ Add branch". */
    static Button addButton(String text, String id, Runnable action) {
        Button button = new Button(text, new FontIcon(Material2AL.ADD));
        button.setMnemonicParsing(false);
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A small flat icon-only button with a tooltip. */
    static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    /** A row that gives {@code grow} the spare width and aligns its children in the middle. */
    static HBox row(double spacing, Node grow, Node... rest) {
        HBox row = new HBox(spacing, grow);
        row.getChildren().addAll(rest);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(grow, Priority.ALWAYS);
        return row;
    }

    /** Two labelled fields side by side, sharing the width. */
    static HBox pair(Node left, Node right) {
        HBox row = new HBox(8, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        if (left instanceof Region l) {
            l.setPrefWidth(10);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        if (right instanceof Region r) {
            r.setPrefWidth(10);
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return row;
    }
}
