package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.simulator.model.ExperimentAnalysis;
import com.retailstudio.simulator.model.ExperimentSummary;
import com.retailstudio.simulator.model.Proportions;
import com.retailstudio.ui.section.SectionHeader;
import com.retailstudio.ui.table.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The Experiments part of the results page: per experiment split, what its winner rule decided and one table of the
 * variants (conversion with a 95 % Wilson interval) and of each pair's difference (Newcombe interval, Holm-adjusted
 * p). Hidden when the journey has no experiment.
 */
final class ExperimentResults extends VBox {
    private static final double ROW_HEIGHT = 30;

    /** One line of an experiment's table: a variant, or a pair "B − A". */
    record Row(String name, String customers, String conversion, String interval, String test) {
    }

    ExperimentResults() {
        super(16);
        setId("simulation-experiments");
        getStyleClass().add(Styles.BG_DEFAULT);
    }

    void show(List<ExperimentSummary> experiments) {
        SectionHeader header = new SectionHeader("Experiments", "Customers each split assigned at random, by variant; "
                + "differences with Newcombe's interval, p-values corrected for the pairs with Holm's method.");
        header.getStyleClass().add("simulation-block");
        getChildren().setAll(header);
        for (ExperimentSummary e : experiments) {
            Label title = new Label(e.split().title() + " · " + e.rule().summary());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label decision = new Label(e.decision().map(d -> d.explanation()).orElse("Compared over the whole run "
                    + "(fixed horizon)."));
            decision.setWrapText(true);
            decision.getStyleClass().add("experiment-decision");
            VBox block = new VBox(6, title, decision, table(e, rows(e)));
            if (e.sentToWinner() > 0) {
                Label winner = new Label(KpiText.count(e.sentToWinner()) + " customers reached the split after the "
                        + "decision and went to the winner (" + KpiText.percent((double) e.sentToWinnerConversions()
                        / e.sentToWinner()) + " converted); the table compares only those assigned at random.");
                winner.setWrapText(true);
                winner.getStyleClass().add(Styles.TEXT_MUTED);
                block.getChildren().add(winner);
            }
            getChildren().add(block);
        }
        setVisible(!experiments.isEmpty());
        setManaged(!experiments.isEmpty());
    }

    static List<Row> rows(ExperimentSummary e) {
        ExperimentAnalysis a = e.wholeRun();
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < a.variants().size(); v++) {
            ExperimentAnalysis.Variant variant = a.variants().get(v);
            rows.add(new Row(e.label(v), KpiText.count(variant.customers()), KpiText.percent(variant.rate())
                    + " (" + KpiText.count(variant.conversions()) + ")", interval(variant.interval(), "%.1f %%"),
                    ""));
        }
        for (ExperimentAnalysis.Comparison c : a.comparisons()) {
            rows.add(new Row(e.label(c.b()) + " − " + e.label(c.a()), "", KpiText.points(-c.difference()),
                    interval(new Proportions.Interval(-c.interval().high(), -c.interval().low()), "%+.1f pts"),
                    (c.holmP() < 0.001 ? "Holm p < 0.001" : String.format(Locale.ROOT, "Holm p %.3f", c.holmP()))
                            + (c.significant() ? " · significant" : "")));
        }
        return rows;
    }

    private static String interval(Proportions.Interval i, String format) {
        if (Double.isNaN(i.low())) {
            return "n/a";
        }
        return ("95 % CI " + String.format(Locale.ROOT, format, i.low() * 100) + " to "
                + String.format(Locale.ROOT, format, i.high() * 100)).replace('-', '−');
    }

    private static TableView<Row> table(ExperimentSummary e, List<Row> rows) {
        TableView<Row> table = new TableView<>();
        table.setId("simulation-experiment-" + e.split().id());
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(column("Variant or difference", Row::name, 180),
                column("Customers", Row::customers, 96), column("Conversion", Row::conversion, 110),
                column("Interval", Row::interval, 220), column("Test", Row::test, 210)));
        table.getItems().setAll(rows);
        table.setPrefHeight(rows.size() * ROW_HEIGHT + 36 + 4);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = Columns.width(Columns.textWithTooltip(title, value), width);
        column.setSortable(false);
        return column;
    }
}
