package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The portfolio run's table: one row per journey, in the order they were decided (priority first), and the
 * portfolio's last; sends, suppressions (by reason in the tooltip) and those lost to a higher-priority journey,
 * conversions, uplift against the global control with its interval, and incremental conversions together and alone. As tall as its rows, so the page scrolls and the table does not.
 */
final class PortfolioTable extends TableView<PortfolioSummary.JourneyLine> {

    PortfolioTable() {
        ResultTables.styled(this, "portfolio-table");
        TableColumn<PortfolioSummary.JourneyLine, String> incremental = new TableColumn<>("Incremental");
        incremental.getColumns().setAll(List.of(
                ResultTables.column("Together", line -> conversions(line.incremental()), 70, true),
                ResultTables.column("Alone", line -> conversions(line.aloneIncremental()), 62, true)));
        getColumns().setAll(List.of(
                ResultTables.column("Journey", PortfolioSummary.JourneyLine::name, 120, false),
                ResultTables.column("Sent", line -> KpiText.count(line.sent()), 56, true),
                suppressedColumn(),
                ResultTables.column("Lost to priority", line -> KpiText.count(line.suppressed(
                        SuppressionReason.LOST_TO_PRIORITY)), 120, true),
                ResultTables.column("Converted", line -> KpiText.count(line.conversions()), 86, true),
                ResultTables.column("Uplift (95 % CI)", line -> uplift(line.uplift()), 170, true),
                incremental));
    }

    /** Suppressed sends in all, each reason with its count in the cell's tooltip (the chart shows them too). */
    private static TableColumn<PortfolioSummary.JourneyLine, String> suppressedColumn() {
        TableColumn<PortfolioSummary.JourneyLine, String> column = ResultTables.column("Suppressed",
                line -> KpiText.count(line.suppressedTotal()), 96, true);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PortfolioSummary.JourneyLine line = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
                setTooltip(line == null ? null : new Tooltip(KpiText.suppressed(line.suppressed())));
            }
        });
        return column;
    }

    /** Shows a run's rows; none for no run. */
    void show(PortfolioSummary summary) {
        // Two header rows: "Incremental" over "Together" and "Alone".
        ResultTables.fill(this, summary == null ? List.of() : summary.lines(), 2);
    }

    /** "+2.1 pts (−0.4 to +4.6)", or "n/a" without a global control. */
    static String uplift(Uplift u) {
        if (Double.isNaN(u.ciLow()) || Double.isNaN(u.ciHigh())) {
            return "n/a: no global control";
        }
        return KpiText.points(u.absolute()) + " (" + KpiText.interval(u).replace("95 % CI ", "") + ")";
    }

    /** Incremental conversions, "+12.4" or "−3.0"; "n/a" when they cannot be measured. */
    static String conversions(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+,.1f", value).replace('-', '−');
    }
}
