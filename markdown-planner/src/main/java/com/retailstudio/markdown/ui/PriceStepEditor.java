package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.StorePlan;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Changes the selected row's price path by hand: from a week, sell at one of the ladder's prices until the plan's
 * next step; remove a week's markdown; undo (also Ctrl+Z in the section). Says whether the change kept the rules.
 */
final class PriceStepEditor extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private final MarkdownViewModel model;
    private final ComboBox<Integer> stepWeek = new ComboBox<>();
    private final ComboBox<Integer> stepPrice = new ComboBox<>();

    PriceStepEditor(MarkdownViewModel model) {
        super(4);
        this.model = model;
        stepWeek.setId("step-week");
        stepPrice.setId("step-price");
        stepWeek.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer week) {
                StorePlan p = model.table().selectedProperty().get();
                return week == null || p == null || week >= p.weeks().size() ? "" : DAY.format(p.weeks().get(week));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        stepPrice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer cents) {
                StorePlan p = model.table().selectedProperty().get();
                if (cents == null || p == null) {
                    return "";
                }
                double off = (1 - cents / (p.fullPrice() * 100)) * 100;
                return String.format(Locale.ROOT, "%.2f", cents / 100.0)
                        + (off < 0.05 ? " (full)" : String.format(Locale.ROOT, " (−%.0f %%)", off));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        stepWeek.valueProperty().addListener((o, a, b) -> {
            StorePlan p = model.table().selectedProperty().get();
            if (p != null && b != null && b < p.planCents().length) {
                stepPrice.setValue(p.planCents()[b]);
            }
        });
        Button apply = new Button("Set");
        apply.setId("step-apply");
        apply.setTooltip(new Tooltip("From this week, sell at this price until the plan's next step"));
        apply.setOnAction(e -> {
            StorePlan p = model.table().selectedProperty().get();
            if (p != null && stepWeek.getValue() != null && stepPrice.getValue() != null) {
                model.overrides().setStep(p, stepWeek.getValue(), stepPrice.getValue());
            }
        });
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Remove the markdown that takes effect in this week"));
        remove.setId("step-remove");
        remove.setOnAction(e -> {
            StorePlan p = model.table().selectedProperty().get();
            if (p != null && stepWeek.getValue() != null) {
                model.overrides().removeStep(p, stepWeek.getValue());
            }
        });
        Button undo = new Button("Undo", new FontIcon(Material2OutlinedMZ.UNDO));
        undo.setId("step-undo");
        undo.setTooltip(new Tooltip("Take back the last change made by hand (Ctrl+Z)"));
        undo.disableProperty().bind(model.overrides().canUndoProperty().not());
        undo.setOnAction(e -> model.overrides().undoChange());
        Label from = new Label("From the week of");
        from.setMinWidth(Region.USE_PREF_SIZE);
        Label at = new Label("to");
        at.setMinWidth(Region.USE_PREF_SIZE);
        stepWeek.setPrefWidth(100);
        stepWeek.setMinWidth(96);
        stepPrice.setPrefWidth(156);
        stepPrice.setMinWidth(96);
        for (Button b : List.of(apply, remove, undo)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps under the table in a narrow window rather than widen the section.
        FlowPane line = new FlowPane(6, 6, from, stepWeek, at, stepPrice, apply, remove, undo);
        line.setAlignment(Pos.CENTER_LEFT);

        getChildren().add(line);
    }

    /** Offers the row's weeks and ladder prices, keeping the chosen week (else the plan's first markdown). */
    void show(StorePlan p) {
        if (p == null) {
            stepWeek.getItems().clear();
            stepPrice.getItems().clear();
            return;
        }
        Integer week = stepWeek.getValue();
        List<Integer> weekItems = IntStream.range(0, p.weeks().size()).boxed().toList();
        if (!weekItems.equals(stepWeek.getItems())) {
            stepWeek.getItems().setAll(weekItems);
        }
        List<Integer> prices = Arrays.stream(p.basis().rungCents()).boxed().toList();
        if (!prices.equals(stepPrice.getItems())) {
            stepPrice.getItems().setAll(prices);
        }
        stepWeek.setValue(week != null && week < p.weeks().size() ? week : firstStep(p));
        stepPrice.setValue(p.planCents()[stepWeek.getValue()]);
    }

    /** The week of the plan's first markdown, else the first week. */
    private static int firstStep(StorePlan p) {
        int previous = p.currentCents();
        for (int t = 0; t < p.planCents().length; t++) {
            if (p.planCents()[t] != previous) {
                return t;
            }
            previous = p.planCents()[t];
        }
        return 0;
    }
}
