package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A portfolio run's suppressions by reason: one row per journey and the portfolio's, one column per reason that
 * stopped any send (the journeys' own guardrails, the global control, suppression lists, portfolio caps, priority).
 */
final class PortfolioReasonsTable extends TableView<PortfolioSummary.JourneyLine> {

    PortfolioReasonsTable() {
        ResultTables.styled(this, "portfolio-reasons");
    }

    /** Shows a run's rows with a column per reason seen; nothing for no run. */
    void show(PortfolioSummary summary) {
        List<TableColumn<PortfolioSummary.JourneyLine, String>> columns = new ArrayList<>();
        columns.add(ResultTables.column("Journey", PortfolioSummary.JourneyLine::name, 130, false));
        List<PortfolioSummary.JourneyLine> rows = List.of();
        if (summary != null) {
            for (SuppressionReason reason : summary.reasonsSeen()) {
                // The legend's long "Lost to a higher-priority journey" would be cut in a column's header.
                String title = reason == SuppressionReason.LOST_TO_PRIORITY ? "Lost to priority"
                        : PortfolioCharts.reasonLabel(reason);
                columns.add(ResultTables.column(title, line -> KpiText.count(line.suppressed(reason)), 110, true));
            }
            rows = summary.lines();
        }
        getColumns().setAll(columns);
        ResultTables.fill(this, rows, 1);
    }
}
