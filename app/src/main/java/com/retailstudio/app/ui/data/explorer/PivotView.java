package com.retailstudio.app.ui.data.explorer;

import atlantafx.base.theme.Styles;
import com.retailstudio.app.explore.Aggregation;
import com.retailstudio.ui.chart.ChartPalette;
import com.retailstudio.ui.chart.ChartView;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The pivot builder: file, rows, columns, measure and aggregation; the result as a table and a chart; export. */
final class PivotView extends BorderPane {

    /**
     * @param exportChooser asks where to write the pivot, given a suggested file name (a save dialog in the
     *                      application, a stand-in in tests)
     */
    PivotView(PivotViewModel model, ChartPalette.Probe palette, Function<String, Optional<Path>> exportChooser) {
        ComboBox<String> rows = choice("explorer-pivot-rows",
                new FilteredList<>(model.groupable(), column -> !column.equals(PivotViewModel.NO_COLUMNS)));
        rows.valueProperty().bindBidirectional(model.rowsProperty());
        ComboBox<String> columns = choice("explorer-pivot-columns", model.groupable());
        columns.valueProperty().bindBidirectional(model.columnsProperty());
        ComboBox<String> measure = choice("explorer-pivot-measure", model.measures());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        ComboBox<Aggregation> aggregation = new ComboBox<>();
        aggregation.setId("explorer-pivot-aggregation");
        aggregation.getItems().setAll(Aggregation.values());
        aggregation.setConverter(FileChoice.converter(Aggregation::label, Aggregation::named));
        aggregation.valueProperty().bindBidirectional(model.aggregationProperty());

        Button run = new Button("Pivot");
        run.setId("explorer-pivot-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setOnAction(event -> model.pivot());
        Button export = new Button("Export…");
        export.setId("explorer-pivot-export");
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(event -> exportChooser.apply("pivot.xlsx").ifPresent(model::export));

        TableView<Integer> table = new TableView<>();
        table.setId("explorer-pivot-table");
        table.setPlaceholder(new Label("Choose rows, columns and a measure, then Pivot."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ChartView chart = new ChartView(ExplorerCharts.empty());
        chart.setId("explorer-pivot-chart");
        model.resultProperty().addListener((observable, before, result) -> {
            if (result == null) {
                table.getColumns().clear();
                chart.setChart(ExplorerCharts.empty());
            } else {
                TableColumns.show(table, result);
                chart.setChart(ExplorerCharts.pivot(result, palette.palette()));
            }
        });

        VBox top = new VBox(FileChoice.bar(new Label("File"), FileChoice.combo("explorer-pivot-file",
                        model.fileProperty()), new Label("Rows"), rows, new Label("Columns"), columns,
                        new Label("Measure"), measure, aggregation, run, export),
                FileChoice.bar(FileChoice.status("explorer-pivot-status", model.messageProperty())));
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        setTop(top);
        setCenter(split);
    }

    private static ComboBox<String> choice(String id, ObservableList<String> items) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setPrefWidth(150);
        return combo;
    }
}
