package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.explore.Aggregation;
import com.retailstudio.app.explore.PivotRequest;
import com.retailstudio.app.explore.PivotSource;
import com.retailstudio.app.explore.Pivots;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.chart.ChartPalette;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ExplorerChartsTest {

    @TempDir
    static Path folder;
    static Table sales;

    @BeforeAll
    static void loadSales() throws Exception {
        BundledSample.extractTo(folder);
        sales = PivotSource.load(folder, DataFile.SALES_WEEKLY);
    }

    private static Table pivot(String rows) {
        return Pivots.pivot(sales, new PivotRequest("sales_weekly", rows, Optional.of("week"), "units",
                Aggregation.SUM));
    }

    @SuppressWarnings("unchecked")
    private static List<String> drawnRows(JFreeChart chart) {
        return (List<String>) ((CategoryPlot) chart.getPlot()).getDataset().getRowKeys();
    }

    @Test
    void thePivotChartOfCategoryByWeekSaysItDrawsTheEightLargestOfTheTenCategories() {
        Table pivot = pivot("category");

        JFreeChart chart = ExplorerCharts.pivot(pivot, ChartPalette.fallback());

        assertEquals(10, pivot.rowCount());
        assertEquals(pivot.name() + " (8 largest of 10 rows)", chart.getTitle().getText());
        List<String> categories = pivot.stringColumn("category").asList();
        assertTrue(categories.containsAll(List.of("cheese", "pasta")), "the table has them: " + categories);
        assertEquals(ExplorerCharts.PIVOT_SERIES, drawnRows(chart).size());
        assertFalse(drawnRows(chart).contains("cheese"), "cheese is among the smallest: " + drawnRows(chart));
        assertFalse(drawnRows(chart).contains("pasta"), "pasta is among the smallest: " + drawnRows(chart));
    }

    @Test
    void aPivotWithNoMoreRowsThanTheChartDrawsKeepsItsPlainTitle() {
        Table pivot = pivot("store_id");

        JFreeChart chart = ExplorerCharts.pivot(pivot, ChartPalette.fallback());

        assertEquals(3, pivot.rowCount());
        assertEquals(pivot.name(), chart.getTitle().getText());
        assertEquals(List.of("S001", "S002", "S003"), drawnRows(chart));
    }
}
