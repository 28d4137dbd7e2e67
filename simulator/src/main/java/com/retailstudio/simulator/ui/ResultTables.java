package com.retailstudio.simulator.ui;

import atlantafx.base.theme.Styles;
import com.retailstudio.ui.table.Columns;
import com.retailstudio.ui.table.NumberColumn;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The last run's two tables: the flow through every step, and the messages of every action by channel (sent,
 * suppressed and why, deferred, opened, clicked, converted, revenue). Each is as tall as its rows, so the results page
 * scrolls and the tables do not.
 */
final class ResultTables {

    private static final double ROW_HEIGHT = 30;

    private final TableView<SimulationSummary.NodeFlow> nodes = table("simulation-node-flow");
    private final TableView<SimulationSummary.ActionFlow> actions = table("simulation-actions");

    ResultTables() {
        TableColumn<SimulationSummary.NodeFlow, String> step = text("Step", SimulationSummary.NodeFlow::title);
        step.setPrefWidth(200);
        TableColumn<SimulationSummary.NodeFlow, String> type = text("Type", n -> n.type().replace('_', ' '));
        type.setPrefWidth(120);
        nodes.getColumns().setAll(List.of(step, type,
                count("Entered", SimulationSummary.NodeFlow::entered),
                count("Passed on", SimulationSummary.NodeFlow::passedOn),
                count("Waiting at end", SimulationSummary.NodeFlow::waitingAtEnd),
                count("Exited", SimulationSummary.NodeFlow::exited),
                count("Left at goal", SimulationSummary.NodeFlow::goalExits)));

        TableColumn<SimulationSummary.ActionFlow, Number> revenue =
                NumberColumn.decimals("Revenue", SimulationSummary.ActionFlow::revenue, "%,.2f");
        revenue.setSortable(false);
        TableColumn<SimulationSummary.ActionFlow, String> suppressed =
                text("Suppressed, by reason", KpiText::suppressed);
        actions.getColumns().setAll(List.of(
                Columns.width(text("Action", SimulationSummary.ActionFlow::title), 140),
                Columns.width(text("Channel", SimulationSummary.ActionFlow::channel), 76),
                Columns.width(count("Sent", SimulationSummary.ActionFlow::sent), 52),
                Columns.width(suppressed, 210),
                Columns.width(count("Deferred", SimulationSummary.ActionFlow::deferred), 80),
                Columns.width(count("Opened", SimulationSummary.ActionFlow::opened), 68),
                Columns.width(count("Clicked", SimulationSummary.ActionFlow::clicked), 70),
                Columns.width(count("Converted", SimulationSummary.ActionFlow::converted), 86),
                Columns.width(revenue, 76)));
    }

    private static <R> TableView<R> table(String id) {
        return styled(new TableView<>(), id);
    }

    /** A results table as the section draws them: striped, dense, bordered, fixed rows, columns fill the width. */
    static <R> TableView<R> styled(TableView<R> table, String id) {
        table.setId(id);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Styles.BORDERED);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    /**
     * A column of text at a starting width, not sortable: a figure's right-aligned, other text with its whole value in
     * a tooltip where it is cut.
     */
    static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width, boolean figure) {
        TableColumn<R, String> column = figure ? Columns.rightAligned(title, value) : text(title, value);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value) {
        // Long action names and suppression lists may be cut at narrow widths; the tooltip has them whole.
        TableColumn<R, String> column = Columns.textWithTooltip(title, value);
        column.setSortable(false);
        return column;
    }

    private static <R> TableColumn<R, Number> count(String title, ToLongFunction<R> value) {
        TableColumn<R, Number> column = NumberColumn.integers(title, value);
        column.setSortable(false);
        column.setPrefWidth(Math.max(72, title.length() * 8 + 24));
        column.setMinWidth(Math.max(60, title.length() * 7 + 16));
        return column;
    }

    /** Shows a run's rows; none for no run. */
    void show(SimulationSummary summary) {
        fill(nodes, summary == null ? List.of() : summary.nodes());
        fill(actions, summary == null ? List.of() : summary.actions());
    }

    private static <R> void fill(TableView<R> table, List<R> rows) {
        fill(table, rows, 1);
    }

    /** Shows the rows in a table as tall as they are, so the page scrolls and the table does not. */
    static <R> void fill(TableView<R> table, List<R> rows, int headerRows) {
        table.getItems().setAll(rows);
        table.setPrefHeight(Math.max(1, rows.size()) * ROW_HEIGHT + headerRows * 36 + 4);
    }

    TableView<SimulationSummary.NodeFlow> nodes() {
        return nodes;
    }

    TableView<SimulationSummary.ActionFlow> actions() {
        return actions;
    }
}
