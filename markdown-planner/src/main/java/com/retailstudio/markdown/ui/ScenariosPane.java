package com.retailstudio.markdown.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioComparison;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Scenarios tab: save the current rules and changes by hand under a name, then compare every saved scenario side
 * by side — one column per scenario, one line per measure (what it maximises, objective, margin, revenue, sell-through, units left,
 * markdown cost, price changes, changes by hand dropped) — with the objective per category and its difference from
 * the first scenario.
 */
final class ScenariosPane extends VBox {

    /** One line of the side-by-side table: a measure and its value in each scenario. */
    record Measure(String name, List<String> values) {
    }

    private final TableView<Measure> columns = new TableView<>();
    private final TableView<ScenarioComparison.CategoryRow> categories = new TableView<>();

    ScenariosPane(ScenarioBoard board) {
        super(8);
        setPadding(new Insets(8, 0, 0, 0));
        TextField name = new TextField();
        name.setId("scenario-name");
        name.setPromptText("Name, e.g. deeper clearance");
        Button save = new Button("Save as scenario");
        save.setId("scenario-save");
        save.setOnAction(e -> board.save(name.getText()));
        HBox saveRow = new HBox(8, name, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);

        ListView<Scenario> saved = new ListView<>(board.saved());
        saved.setId("scenario-list");
        saved.setPrefHeight(90);
        saved.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%s — %s, %d change%s by hand",
                        item.name(), item.rules().objective().label(), item.changes().size(),
                        item.changes().size() == 1 ? "" : "s"));
            }
        });
        Button compare = new Button("Compare side by side");
        compare.setId("scenario-compare");
        compare.getStyleClass().add(Styles.ACCENT);
        compare.disableProperty().bind(board.busyProperty());
        compare.setOnAction(e -> board.compare());
        Label message = new Label();
        message.setId("scenario-message");
        message.setWrapText(true);
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(board.messageProperty());

        columns.setId("scenario-table");
        columns.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        columns.setFixedCellSize(28);
        columns.setPrefHeight(28 * 9 + 36);
        columns.setMinHeight(28 * 9 + 36);
        saved.setMinHeight(70);
        categories.setId("scenario-categories");
        categories.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        categories.setFixedCellSize(28);
        board.comparisonProperty().addListener((o, a, table) -> show(table));
        VBox.setVgrow(categories, Priority.ALWAYS);
        getChildren().setAll(saveRow, saved, compare, message, columns, categories);
    }

    private void show(ScenarioComparison.Table table) {
        if (table == null) {
            columns.getItems().clear();
            categories.getItems().clear();
            return;
        }
        TableColumn<Measure, String> measure = new TableColumn<>("");
        measure.setPrefWidth(140);
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        columns.getColumns().setAll(List.of(measure));
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            TableColumn<Measure, String> column = new TableColumn<>(table.columns().get(i).name());
            column.setPrefWidth(115);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(index)));
            column.getStyleClass().add("figure-column");
            columns.getColumns().add(column);
        }
        columns.getItems().setAll(
                measure(table, "Maximises", ScenarioComparison.Column::objective),
                measure(table, "Objective", c -> money(c.objectiveValue())),
                measure(table, "Margin", c -> money(c.margin())),
                measure(table, "Revenue", c -> money(c.revenue())),
                measure(table, "Sell-through", c -> String.format(Locale.ROOT, "%.1f %%", 100 * c.sellThrough())),
                measure(table, "Units left", c -> String.format(Locale.ROOT, "%,.0f", c.unitsLeft())),
                measure(table, "Markdown cost", c -> money(c.markdownCost())),
                measure(table, "Price changes", c -> String.format(Locale.ROOT, "%,d", c.priceChanges())),
                measure(table, "Changes by hand dropped", c -> String.format(Locale.ROOT, "%,d",
                        c.droppedChanges())));
        TableColumn<ScenarioComparison.CategoryRow, String> category = new TableColumn<>("Category");
        category.setPrefWidth(140);
        category.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().category()));
        categories.getColumns().setAll(List.of(category));
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            TableColumn<ScenarioComparison.CategoryRow, String> column = new TableColumn<>(i == 0
                    ? table.columns().get(0).name() : "Δ " + table.columns().get(i).name());
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index == 0 ? money(c.getValue().objective()[0])
                    : String.format(Locale.ROOT, "%+,.2f", c.getValue().objectiveDifference(index))));
            column.setPrefWidth(115);
            column.getStyleClass().add("figure-column");
            categories.getColumns().add(column);
        }
        categories.getItems().setAll(table.categories());
    }

    private static Measure measure(ScenarioComparison.Table table, String name,
                                   Function<ScenarioComparison.Column, String> value) {
        return new Measure(name, table.columns().stream().map(value).toList());
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
