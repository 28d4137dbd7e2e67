package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.RuleField;
import com.retailstudio.markdown.model.RuleProblem;
import com.retailstudio.markdown.model.RulesForm;
import com.retailstudio.ui.range.WholeRangeSlider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import atlantafx.base.theme.Tweaks;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The rules editor of the Markdowns section: the default rules or one category's, one typed field per rule, each
 * checked as it is typed with the problem shown under it. Apply is possible only when every field is fine; it saves
 * the rule book and plans again.
 */
final class RulesEditor extends BorderPane {

    static final String DEFAULTS = "Defaults (every category)";

    private final MarkdownViewModel model;
    private final ComboBox<String> scope = new ComboBox<>();
    private final Label scopeNote = new Label();
    private final Map<RuleField, TextField> fields = new EnumMap<>(RuleField.class);
    private final Map<RuleField, Label> problems = new EnumMap<>(RuleField.class);
    private final CheckBox clusterPricing = new CheckBox(RuleField.CLUSTER_PRICING.label());
    private final Button apply = new Button("Apply and re-plan");
    private final Button revert = new Button("Revert");
    private final Button useDefaults = new Button("Use the defaults");
    private final Label status = new Label();
    private boolean loading;
    /** What the last apply said, shown while nothing new is typed. */
    private String settled = "";

    RulesEditor(MarkdownViewModel model) {
        this.model = model;
        setPadding(new Insets(8, 0, 0, 0));
        getStyleClass().add("markdown-rules-editor");

        scope.setId("rules-scope");
        scope.setMaxWidth(Double.MAX_VALUE);
        scopeNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        scopeNote.setWrapText(true);
        Label scopeLabel = new Label("Rules for");
        scopeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox scopeRow = new HBox(8, scopeLabel, scope);
        scopeRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scope, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setPrefWidth(170);
        labels.setMaxWidth(200);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setPrefWidth(130);
        inputs.setMinWidth(110);
        inputs.setFillWidth(true);
        ColumnConstraints units = new ColumnConstraints();
        units.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, inputs, units);
        int row = 0;
        row = field(grid, row, RuleField.LADDER, "% off", "Discounts off full price, from 0, e.g. 0, 10, 20, 30");
        row = field(grid, row, RuleField.PRICE_ENDINGS, "cents", "Allowed cent endings, e.g. 49, 99; blank: any cent");
        row = field(grid, row, RuleField.MAX_DEPTH, "% off", "The deepest discount allowed");
        row = field(grid, row, RuleField.FIRST_MARKDOWN_MIN_DEPTH, "% off",
                "The season's first markdown goes at least this deep; 0: any ladder step");
        WholeRangeSlider depths = DepthRange.linkedTo(fields.get(RuleField.FIRST_MARKDOWN_MIN_DEPTH),
                fields.get(RuleField.MAX_DEPTH));
        Label depthLabel = new Label("Depth range");
        depthLabel.setLabelFor(depths.slider());
        grid.add(depthLabel, 0, row);
        grid.add(depths, 1, row++, 2, 1);
        row = field(grid, row, RuleField.MIN_WEEKS_BETWEEN, "weeks", "Weeks from one markdown to the next");
        row = field(grid, row, RuleField.MAX_MARKDOWNS, "a season", "Counting the markdowns already taken");
        row = field(grid, row, RuleField.NO_MARKDOWN_BEFORE_WEEK, "of season", "0 is the launch week");
        row = field(grid, row, RuleField.EXIT_WEEK, "of season", "Week of the season at which stock is salvaged; "
                + "blank: the product's season end");
        row = field(grid, row, RuleField.SALVAGE, "% of cost", "Value of a unit left at exit; blank: the product's "
                + "own salvage rate");
        row = field(grid, row, RuleField.SELL_THROUGH_TARGET, "%", "Share of today's stock to sell by exit, a hard "
                + "limit; blank: no target");
        row = field(grid, row, RuleField.MARKDOWN_BUDGET, "", "Most revenue a product's price path may give "
                + "up against today's price, in its store or price cluster; blank: no budget (the plan's own budget "
                + "is above)");
        clusterPricing.setId("rule-" + RuleField.CLUSTER_PRICING.name().toLowerCase(Locale.ROOT));
        clusterPricing.selectedProperty().addListener((o, a, b) -> recheck());
        grid.add(clusterPricing, 0, row, 3, 1);

        apply.setId("rules-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> apply());
        revert.setOnAction(e -> load());
        useDefaults.setOnAction(e -> selectedCategory().ifPresent(c -> {
            model.rules().useDefaults(c);
            settled = "Category " + c + " follows the defaults again; re-planning.";
            load();
        }));
        HBox buttons = new HBox(8, apply, revert, useDefaults);
        buttons.setAlignment(Pos.CENTER_LEFT);
        status.setId("rules-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);

        // one objective for the whole rule book: changing it saves the book and plans again at once
        ComboBox<Objective> objective = new ComboBox<>(
                FXCollections.observableArrayList(Objective.values()));
        objective.setId("rules-objective");
        objective.setConverter(new StringConverter<>() {
            @Override
            public String toString(Objective o) {
                return o == null ? "" : o == Objective.MARGIN
                        ? "margin (revenue + salvage − cost of the stock on hand)" : "revenue";
            }

            @Override
            public Objective fromString(String text) {
                return Objective.parse(text);
            }
        });
        objective.setValue(model.rules().rulesProperty().get().objective());
        model.rules().rulesProperty().addListener((o, a, b) -> objective.setValue(b.objective()));
        objective.valueProperty().addListener((o, a, b) -> model.rules().applyObjective(b));
        objective.disableProperty().bind(model.busyProperty());
        objective.setMaxWidth(Double.MAX_VALUE);
        Label objectiveLabel = new Label("Plan for");
        objectiveLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox objectiveRow = new HBox(8, objectiveLabel, objective);
        objectiveRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(objective, Priority.ALWAYS);
        VBox top = new VBox(4, objectiveRow, planBudgetRow(), scopeRow, scopeNote);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        grid.setPadding(new Insets(4, 12, 8, 0));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        VBox bottom = new VBox(4, buttons, status);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        scope.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                load();
            }
        });
        model.resultProperty().addListener((o, a, b) -> refreshScopes());
        model.busyProperty().addListener((o, a, b) -> recheck());
        refreshScopes();
    }

    /**
     * The plan's markdown budget, one for the whole rule book like the objective: Enter (or leaving the field) saves
     * the book and plans again; a problem is shown under it in the field's name.
     */
    private VBox planBudgetRow() {
        TextField input = new TextField();
        input.setId("rules-plan-budget");
        input.setPromptText("none");
        input.setTooltip(new Tooltip("Most revenue the whole plan may give up against today's prices, over every "
                + "product and store; blank: no budget"));
        Label problem = new Label();
        problem.setId("rules-plan-budget-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setManaged(false);
        problem.setVisible(false);
        Runnable show = () -> {
            double b = model.rules().rulesProperty().get().planMarkdownBudget();
            input.setText(Double.isNaN(b) ? "" : RulesForm.amount(b));
            problem.setManaged(false);
            problem.setVisible(false);
        };
        Runnable apply = () -> {
            try {
                model.rules().applyPlanBudget(RulesForm.planBudget(input.getText()));
                show.run();
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                problem.setManaged(true);
                problem.setVisible(true);
            }
        };
        input.setOnAction(e -> apply.run());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        model.rules().rulesProperty().addListener((o, a, b) -> show.run());
        input.disableProperty().bind(model.busyProperty());
        show.run();
        Label label = new Label(RulesForm.PLAN_BUDGET);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, input);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        return new VBox(2, row, problem);
    }

    private int field(GridPane grid, int row, RuleField field, String unit, String help) {
        Label label = new Label(field.label());
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        TextField input = new TextField();
        input.setId("rule-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        input.setTooltip(new Tooltip(help));
        input.setPromptText(field == RuleField.EXIT_WEEK ? "season end" : field == RuleField.SALVAGE ? "product's own"
                : field == RuleField.SELL_THROUGH_TARGET || field == RuleField.MARKDOWN_BUDGET ? "none" : field == RuleField.PRICE_ENDINGS ? "any cent" : "");
        input.textProperty().addListener((o, a, b) -> recheck());
        Label unitLabel = new Label(unit);
        unitLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId(input.getId() + "-problem");
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        input.setMaxWidth(Double.MAX_VALUE);
        fields.put(field, input);
        problems.put(field, problem);
        if (field == RuleField.LADDER) {
            // a list needs the width: label and unit above, the field across
            grid.add(label, 0, row);
            grid.add(unitLabel, 2, row);
            grid.add(input, 0, row + 1, 3, 1);
            grid.add(problem, 0, row + 2, 3, 1);
            return row + 3;
        }
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(unitLabel, 2, row);
        grid.add(problem, 0, row + 1, 3, 1);
        return row + 2;
    }

    private void refreshScopes() {
        String was = scope.getValue();
        List<String> items = new ArrayList<>();
        items.add(DEFAULTS);
        items.addAll(model.rules().categories());
        if (!items.equals(scope.getItems())) {
            scope.getItems().setAll(items);
        }
        scope.setValue(was != null && items.contains(was) ? was : DEFAULTS);
        if (was == null) {
            load();
        }
    }

    private Optional<String> selectedCategory() {
        String value = scope.getValue();
        return value == null || value.equals(DEFAULTS) ? Optional.empty() : Optional.of(value);
    }

    /** Fills the fields from the rule book. */
    void load() {
        Optional<String> category = selectedCategory();
        RulesForm form = model.rules().formFor(category);
        loading = true;
        for (Map.Entry<RuleField, TextField> e : fields.entrySet()) {
            e.getValue().setText(form.text(e.getKey()));
        }
        clusterPricing.setSelected(form.clusterPricing());
        loading = false;
        scopeNote.setText(category.map(c -> model.rules().hasOwnRules(c) ? "Category " + c + " has rules of its own."
                        : "Category " + c + " follows the defaults; applying gives it rules of its own.")
                .orElse("Every category without rules of its own follows these."));
        useDefaults.setDisable(category.isEmpty() || !model.rules().hasOwnRules(category.get()));
        recheck();
    }

    /** The form as typed. */
    RulesForm form() {
        return new RulesForm(text(RuleField.LADDER), text(RuleField.PRICE_ENDINGS), text(RuleField.MAX_DEPTH),
                text(RuleField.FIRST_MARKDOWN_MIN_DEPTH), text(RuleField.MIN_WEEKS_BETWEEN),
                text(RuleField.MAX_MARKDOWNS), text(RuleField.NO_MARKDOWN_BEFORE_WEEK), text(RuleField.EXIT_WEEK),
                text(RuleField.SALVAGE), text(RuleField.SELL_THROUGH_TARGET), text(RuleField.MARKDOWN_BUDGET),
                clusterPricing.isSelected());
    }

    private String text(RuleField field) {
        return fields.get(field).getText();
    }

    private void recheck() {
        if (loading) {
            return;
        }
        RulesForm.Checked checked = model.rules().check(form(), selectedCategory());
        for (RuleField f : fields.keySet()) {
            Optional<RuleProblem> problem = checked.problemWith(f);
            Label label = problems.get(f);
            label.setText(problem.map(RuleProblem::message).orElse(""));
            label.setVisible(problem.isPresent());
            fields.get(f).pseudoClassStateChanged(Styles.STATE_DANGER, problem.isPresent());
        }
        boolean unchanged = checked.ok() && form().equals(model.rules().formFor(selectedCategory()));
        apply.setDisable(!checked.ok() || unchanged || model.busyProperty().get());
        if (!checked.ok()) {
            status.setText(checked.problems().size() == 1 ? "One rule needs fixing before it can be applied."
                    : checked.problems().size() + " rules need fixing before they can be applied.");
        } else if (!unchanged) {
            status.setText("Changed: apply to plan again under these rules.");
        } else {
            status.setText(settled);
        }
    }

    private void apply() {
        Optional<String> category = selectedCategory();
        List<RuleProblem> refused = model.rules().applyRules(category, form());
        if (refused.isEmpty()) {
            settled = "Applied and saved; re-planning " + category.map(c -> "with category " + c + "'s rules")
                    .orElse("with the new defaults") + ". Changes made by hand are dropped.";
            load();
        } else {
            recheck();
        }
    }
}
