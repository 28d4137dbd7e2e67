package com.retailstudio.markdown.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.chart.ChartView;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Markdowns section's charts for a selected row, on the real toolkit, in the light and the dark theme; and the
 * message area under the table, which shows the latest message only.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class MarkdownChartsUiTest {

    /** One message may take a line more or less than another; two messages would take two lines more. */
    private static final double ONE_LINE = 20;

    private static Path sample;
    private MarkdownViewModel model;
    private Scene scene;

    @BeforeAll
    static void extractSample() throws IOException {
        sample = MarkdownSectionOnStage.sample("markdown-charts");
    }

    @Start
    void start(Stage stage) {
        model = MarkdownSectionOnStage.show(stage, sample);
        scene = stage.getScene();
    }

    @AfterEach
    void lightAgain() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theSelectedRowsChartsShowItsPlanAgainstTheBaselineAndItsFittedDemand(FxRobot robot) throws IOException {
        StorePlan row = model.table().rows().stream()
                .filter(p -> new TreeSet<>(Arrays.stream(p.planCents()).boxed().toList()).size() >= 2)
                .findFirst().orElseThrow();
        robot.interact(() -> model.table().selectedProperty().set(row));
        int weeks = row.weeks().size();

        List<XYPlot> plots = ((CombinedDomainXYPlot) chart(robot, "#markdown-path-chart").getPlot()).getSubplots();
        assertEquals(3, plots.size(), "price, stock and revenue on one week axis");
        XYDataset prices = plots.get(0).getDataset();
        assertEquals(List.of(MarkdownCharts.PLAN, MarkdownCharts.BASELINE), keys(prices));
        assertEquals(weeks + 1, prices.getItemCount(0), "a step per week and the end of the last");
        for (int t = 0; t < weeks; t++) {
            assertEquals(row.planCents()[t] / 100.0, prices.getYValue(0, t), 1e-9, "plan price, week " + t);
            assertEquals(row.baselineCents()[t] / 100.0, prices.getYValue(1, t), 1e-9, "baseline price, week " + t);
        }
        XYDataset stock = plots.get(1).getDataset();
        assertEquals(row.plan().stock()[0], stock.getYValue(0, 0), 1e-9);
        assertEquals(row.plan().leftover(), stock.getYValue(0, weeks), 1e-9, "stock at exit");
        assertEquals(row.baseline().leftover(), stock.getYValue(1, weeks), 1e-9);
        XYDataset revenue = plots.get(2).getDataset();
        for (int t = 0; t < weeks; t++) {
            assertEquals(t + 0.5, revenue.getXValue(0, t), 1e-9, "a week's bar sits inside the week");
            assertEquals(row.plan().revenue()[t], revenue.getYValue(0, t), 1e-9);
            assertEquals(row.baseline().revenue()[t], revenue.getYValue(1, t), 1e-9);
        }

        XYDataset demand = chart(robot, "#markdown-demand-chart").getXYPlot().getDataset();
        assertEquals(List.of(MarkdownCharts.DEMAND, MarkdownCharts.TODAY, MarkdownCharts.PLANNED), keys(demand));
        double level = row.basis().level()[0];
        double elasticity = row.basis().elasticity();
        int last = demand.getItemCount(0) - 1;
        assertEquals(1.0, demand.getXValue(0, last), 1e-9, "the curve ends at full price");
        assertEquals(level, demand.getYValue(0, last), 1e-9, "at full price it sells the fitted level");
        assertTrue(demand.getYValue(0, 0) > level, "a deeper price sells more (elasticity " + elasticity + ")");
        double today = row.currentCents() / (row.fullPrice() * 100);
        assertEquals(1, demand.getItemCount(1));
        assertEquals(today, demand.getXValue(1, 0), 1e-9);
        assertEquals(level * Math.pow(today, elasticity), demand.getYValue(1, 0), 1e-9);
        List<Double> planned = new ArrayList<>();
        for (int i = 0; i < demand.getItemCount(2); i++) {
            planned.add(demand.getXValue(2, i));
        }
        List<Double> expected = Arrays.stream(row.planCents()).filter(c -> c != row.currentCents()).distinct()
                .sorted().mapToObj(c -> c / (row.fullPrice() * 100)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, planned, "each planned price marked once");
        double top = chart(robot, "#markdown-demand-chart").getXYPlot().getRangeAxis().getUpperBound();
        for (int s = 1; s <= 2; s++) {
            for (int i = 0; i < demand.getItemCount(s); i++) {
                assertTrue(demand.getYValue(s, i) < top, "every marked price is inside the chart");
            }
        }

        assertTrue(brightness(chart(robot, "#markdown-path-chart")) > 0.5, "light background in the light theme");
        screenshot(robot, "markdowns-charts-light.png");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(brightness(chart(robot, "#markdown-path-chart")) < 0.5, "dark background in the dark theme");
        assertTrue(brightness(chart(robot, "#markdown-demand-chart")) < 0.5);
        screenshot(robot, "markdowns-charts-dark.png");
    }

    @Test
    void thePriceAxisHasSeveralTicksAndTheDemandCurveStaysInsideItsPlot(FxRobot robot) throws IOException {
        // A row that keeps one price to exit: the price axis once spanned a few cents and showed one tick.
        StorePlan held = model.table().rows().stream().filter(StorePlan::holdsPrice).findFirst().orElseThrow();
        for (StorePlan row : List.of(held, model.table().rows().get(0))) {
            robot.interact(() -> model.table().selectedProperty().set(row));
            XYPlot price = ((CombinedDomainXYPlot) chart(robot, "#markdown-path-chart").getPlot()).getSubplots()
                    .get(0);
            NumberAxis axis = (NumberAxis) price.getRangeAxis();
            double ticks = (axis.getUpperBound() - axis.getLowerBound()) / axis.getTickUnit().getSize();
            assertTrue(ticks >= 3, row.key() + ": " + ticks + " ticks on " + axis.getRange());
            assertTrue(axis.getLowerBound() <= row.currentCents() / 100.0 && row.fullPrice() <= axis.getUpperBound(),
                    "today's price and full price are on the axis: " + axis.getRange());
            for (int cents : row.planCents()) {
                assertTrue(axis.getRange().contains(cents / 100.0), cents + " on " + axis.getRange());
            }

            XYPlot demand = chart(robot, "#markdown-demand-chart").getXYPlot();
            XYDataset curve = demand.getDataset();
            for (int i = 0; i < curve.getItemCount(0); i++) {
                assertTrue(demand.getDomainAxis().getRange().contains(curve.getXValue(0, i))
                        && demand.getRangeAxis().getRange().contains(curve.getYValue(0, i)),
                        row.key() + ": the curve's point " + i + " lies inside the plot");
            }
        }
        robot.interact(() -> model.table().selectedProperty().set(held));
        screenshot(robot, "markdowns-charts-held-price.png");
    }

    @Test
    void withoutASelectedRowTheChartsAreEmpty(FxRobot robot) {
        robot.interact(() -> model.table().selectedProperty().set(null));
        assertNotNull(chart(robot, "#markdown-path-chart"));
        assertEquals(null, chart(robot, "#markdown-path-chart").getXYPlot().getDataset());
        assertEquals(null, chart(robot, "#markdown-demand-chart").getXYPlot().getDataset());
    }

    @Test
    void aHandEditThenAnExportShowOneMessageAndTheTableKeepsItsHeight(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#plan-table").query();
        StorePlan row = model.table().rows().get(0);

        robot.interact(() -> model.overrides().setStep(row, 1, row.basis().rungCents()[row.basis().rungCents().length - 1]));
        assertTrue(shown(robot, "#step-message"), "the hand edit's message is shown");
        double height = table.getBoundsInParent().getHeight();

        Path file = Files.createTempDirectory("markdown-messages-export").resolve("price-changes.csv");
        robot.interact(() -> model.export().export(file));
        WaitForAsyncUtils.waitForFxEvents();
        Label exported = robot.lookup("#plan-export-message").queryAs(Label.class);
        assertTrue(exported.getText().contains("price changes written"), exported.getText());
        assertTrue(shown(robot, "#plan-export-message"));
        assertFalse(shown(robot, "#step-message"), "the older message gives way to the newer");
        assertEquals(height, table.getBoundsInParent().getHeight(), ONE_LINE, "the table keeps its height");
        screenshot(robot, "markdowns-latest-message.png");

        robot.interact(() -> model.overrides().setStep(row, 1, row.basis().rungCents()[0]));
        assertTrue(shown(robot, "#step-message"));
        assertFalse(shown(robot, "#plan-export-message"));
        assertEquals(height, table.getBoundsInParent().getHeight(), ONE_LINE);
    }

    private static boolean shown(FxRobot robot, String query) {
        robot.interact(() -> { });
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    private static JFreeChart chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartView.class).getChart();
    }

    private static List<Comparable<?>> keys(XYDataset data) {
        List<Comparable<?>> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s));
        }
        return keys;
    }

    private static double brightness(JFreeChart chart) {
        Color c = (Color) chart.getBackgroundPaint();
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    private void screenshot(FxRobot robot, String name) throws IOException {
        Screenshots.write(robot, scene, name);
    }
}
