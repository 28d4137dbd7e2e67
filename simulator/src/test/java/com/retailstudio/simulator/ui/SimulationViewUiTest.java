package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Simulation view on a stage: the ready state, then a run on the bundled sample filling tiles, tables and chart. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SimulationViewUiTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private SimulationViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path sample = Files.createTempDirectory("simulation-ui");
        BundledSample.extractTo(sample);
        // Runs on the JavaFX thread here so the test needs no waiting; the application passes its task executor.
        model = new SimulationViewModel(tasks);
        model.dataFolderProperty().set(sample);
        // The width the section gets in a 1280 px window, beside the navigation rail.
        scene = new Scene(new SimulationView(model), 1168, 718);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void beforeARunTheViewSaysWhatWillAppearAndRunStartsIt(FxRobot robot) throws IOException {
        assertTrue(robot.lookup("#simulation-empty").query().isVisible());
        assertFalse(robot.lookup("#simulation-results").query().isVisible());
        assertFalse(robot.lookup("#simulation-run").queryAs(Button.class).isDisabled());
        writeScreenshot(robot, "simulation-ready.png");
    }

    @Test
    void runningShowsKpisFlowActionsAndFatigue(FxRobot robot) throws IOException {
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Simulating Cart abandonment"), tasks.titles());
        SimulationSummary summary = model.summaryProperty().get();
        assertFalse(robot.lookup("#simulation-empty").query().isVisible());
        assertTrue(robot.lookup("#simulation-results").query().isVisible());
        Pane tiles = robot.lookup("#simulation-kpis").queryAs(Pane.class);
        assertEquals(5, tiles.getChildren().size());
        List<String> texts = tiles.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.contains(KpiText.count(summary.entered())), texts.toString());
        assertTrue(texts.contains(KpiText.points(summary.uplift().absolute())), texts.toString());
        assertEquals(!summary.upliftSignificant(), texts.stream().anyMatch(t -> t.endsWith("not significant")),
                texts.toString());
        assertEquals(summary.nodes().size(), robot.lookup("#simulation-node-flow").queryAs(TableView.class)
                .getItems().size());
        assertEquals(summary.actions().size(), robot.lookup("#simulation-actions").queryAs(TableView.class)
                .getItems().size());
        // Charts: conversions over time ends at each group's rate, the channel mix adds up to the sends, the
        // fatigue histogram has its 11 buckets.
        XYDataset overTime = robot.lookup("#simulation-conversions").queryAs(ChartView.class).getChart()
                .getXYPlot().getDataset();
        assertEquals(2, overTime.getSeriesCount());
        int days = summary.treatedByDay().length;
        assertTrue(days > 30, "one point per day of the data: " + days);
        assertEquals(days, overTime.getItemCount(0));
        assertEquals(summary.uplift().treatedRate(), overTime.getYValue(0, days - 1), 1e-12);
        assertEquals(summary.uplift().holdoutRate(), overTime.getYValue(1, days - 1), 1e-12);
        CategoryDataset mix = robot.lookup("#simulation-channel-mix").queryAs(ChartView.class).getChart()
                .getCategoryPlot().getDataset();
        assertEquals(SimulationCharts.OUTCOMES, mix.getRowKeys());
        long sentInChart = 0;
        for (int c = 0; c < mix.getColumnCount(); c++) {
            for (int r = 0; r < 3; r++) {
                sentInChart += mix.getValue(r, c).longValue();
            }
        }
        assertEquals(summary.totalSent(), sentInChart);
        CategoryDataset fatigue = robot.lookup("#simulation-fatigue").queryAs(ChartView.class).getChart()
                .getCategoryPlot().getDataset();
        assertEquals(11, fatigue.getColumnCount());
        assertEquals(summary.treated(), IntStream.range(0, 11)
                .mapToLong(i -> fatigue.getValue(0, i).longValue()).sum());
        writeScreenshot(robot, "simulation-after-run.png");

        // The run's flow is drawn on the journey: a badge per step, a number per connection, wider where more passed.
        SimulationFlow flow = model.flowProperty().get();
        JourneyCanvasView canvas = robot.lookup("#simulation-flow-canvas").queryAs(JourneyCanvasView.class);
        assertTrue(canvas.isFlowShown());
        assertEquals(flow.journey(), canvas.journeyProperty().get());
        assertEquals(flow.entered(), canvas.flowEntered());
        assertEquals(flow.passed(), canvas.flowPassed());
        assertEquals(flow.journey().nodes().size(), canvas.lookupAll(".journey-flow-badge").size());
        assertEquals(flow.journey().edges().size(), canvas.lookupAll(".journey-flow-count").size());
        List<String> counts = canvas.lookupAll(".journey-flow-count").stream().map(n -> ((Label) n).getText())
                .toList();
        for (long passed : flow.passed().values()) {
            String figure = String.format(Locale.ROOT, "%,d", passed);
            assertTrue(counts.stream().anyMatch(t -> t.equals(figure) || t.endsWith(" · " + figure)),
                    figure + " in " + counts);
        }
        assertTrue(counts.stream().anyMatch(t -> t.startsWith("No purchase · ")), "path words stay: " + counts);
        long max = flow.passed().values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(canvas.lookupAll(".journey-flow-edge").stream().map(n -> ((Shape) n).getStrokeWidth())
                .anyMatch(w -> Math.abs(w - 14) < 1e-9), "the busiest connection is the widest");
        assertTrue(max > 0);
        writeScreenshot(robot, canvas, "simulation-flow-canvas.png");
        writeScreenshot(robot, robot.lookup("#simulation-results").queryAs(ScrollPane.class).getContent(),
                "simulation-after-run-full.png");
    }

    @Test
    void aFailedRunSaysWhyUnderTheRunButtonInTheDangerColourAndKeepsTheReadyState(FxRobot robot) throws IOException {
        robot.interact(() -> model.dataFolderProperty().set(model.dataFolderProperty().get().resolve("missing")));
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#simulation-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("The simulation failed"), status.getText());
        assertTrue(status.getStyleClass().contains("danger"), status.getStyleClass().toString());
        assertTrue(status.isVisible() && status.getParent().isVisible(), "the reason is shown");
        assertTrue(robot.lookup("#simulation-empty").query().isVisible());
        assertFalse(robot.lookup("#simulation-results").query().isVisible());
        writeScreenshot(robot, "simulation-failed.png");
    }

    @Test
    void theWheelOverTheFlowDiagramScrollsTheResultsAndOnlyCtrlWheelZoomsIt(FxRobot robot) throws IOException {
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane results = robot.lookup("#simulation-results").queryAs(ScrollPane.class);
        JourneyCanvasView canvas = robot.lookup("#simulation-flow-canvas").queryAs(JourneyCanvasView.class);
        // Bring the top of the diagram to the top of the page, so the pointer can rest on it.
        robot.interact(() -> {
            double contentHeight = results.getContent().getBoundsInLocal().getHeight();
            double viewportHeight = results.getViewportBounds().getHeight();
            double top = results.getContent().sceneToLocal(canvas.localToScene(0, 0)).getY();
            results.setVvalue(top / (contentHeight - viewportHeight));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = canvas.zoomProperty().get();
        double scrolled = results.getVvalue();
        robot.moveTo(canvas);

        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(zoom, canvas.zoomProperty().get(), 1e-12, "the plain wheel leaves the diagram's zoom alone");
        // (which way a robot's wheel notch turns differs between platforms; that the page moved is the point)
        assertTrue(Math.abs(results.getVvalue() - scrolled) > 1e-3, "the plain wheel scrolls the page: " + scrolled + " -> "
                + results.getVvalue());
        writeScreenshot(robot, "simulation-wheel-scrolled.png");

        double page = results.getVvalue();
        robot.moveTo(canvas);
        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(2, VerticalDirection.DOWN);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(canvas.zoomProperty().get() != zoom, "Ctrl + wheel zooms the diagram");
        assertEquals(page, results.getVvalue(), 1e-12, "Ctrl + wheel does not scroll the page");
        writeScreenshot(robot, "simulation-ctrl-wheel-zoomed.png");
    }

    @Test
    void customersAndEntriesAreNamedApartAndGoalExitsAreDrawnOnTheSteps(FxRobot robot) throws IOException {
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitForFxEvents();
        SimulationSummary summary = model.summaryProperty().get();
        Pane tiles = robot.lookup("#simulation-kpis").queryAs(Pane.class);
        List<String> texts = tiles.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        // The tile counts customers; the entry step's badge counts entries, re-entries included.
        assertTrue(texts.contains("Customers who entered"), texts.toString());
        assertTrue(summary.entries() > summary.entered(), "the template lets customers enter again");
        assertTrue(texts.stream().anyMatch(t -> t.endsWith(KpiText.entries(summary.entries(), summary.entered()))),
                texts.toString());
        assertTrue(texts.contains("Incremental revenue, total"), texts.toString());
        assertTrue(texts.contains(summary.incrementalRevenueText()), texts.toString());
        assertTrue(summary.incrementalRevenueText().endsWith(" EUR"), summary.incrementalRevenueText());

        // Customers who reach the goal leave by no connection: each step where they did shows how many.
        JourneyCanvasView canvas = robot.lookup("#simulation-flow-canvas").queryAs(JourneyCanvasView.class);
        long stepsWithGoalExits = summary.nodes().stream().filter(n -> n.goalExits() > 0).count();
        assertTrue(stepsWithGoalExits > 0, "buyers leave at the goal");
        assertEquals(stepsWithGoalExits, canvas.lookupAll(".journey-flow-goal").size());
        List<String> goalFigures = canvas.lookupAll(".journey-flow-goal .label").stream()
                .map(n -> ((Label) n).getText()).toList();
        for (SimulationSummary.NodeFlow node : summary.nodes()) {
            if (node.goalExits() > 0) {
                assertTrue(goalFigures.contains(KpiText.count(node.goalExits()) + " goal"), goalFigures.toString());
            }
        }
        long entryBadge = summary.nodes().stream().filter(n -> n.type().equals("entry"))
                .mapToLong(SimulationSummary.NodeFlow::entered).sum();
        assertEquals(summary.entries(), entryBadge);
        robot.interact(() -> robot.lookup("#simulation-results").queryAs(ScrollPane.class).setVvalue(0.25));
        WaitForAsyncUtils.waitForFxEvents();
        writeScreenshot(robot, "simulation-goal-exits-on-canvas.png");
    }

    @Test
    void theCanvasWithoutAFlowDrawsAsBeforeAndClearingTheFlowRestoresIt(FxRobot robot) {
        Journey journey = JourneyTemplates.load("cart-abandonment").orElseThrow();
        JourneyCanvasView canvas = new JourneyCanvasView();
        robot.interact(() -> canvas.journeyProperty().set(journey));
        assertPlain(canvas, journey);

        Map<String, Long> entered = new HashMap<>();
        journey.nodes().forEach(n -> entered.put(n.id(), 10L));
        Map<Edge, Long> passed = new HashMap<>();
        for (int i = 0; i < journey.edges().size(); i++) {
            passed.put(journey.edges().get(i), (long) i);
        }
        robot.interact(() -> canvas.showFlow(entered, passed));
        assertEquals(journey.nodes().size(), canvas.lookupAll(".journey-flow-badge").size());
        assertEquals(journey.edges().size(), canvas.lookupAll(".journey-flow-count").size());
        assertEquals(journey.edges().size(), canvas.lookupAll(".journey-flow-edge").size());

        robot.interact(canvas::clearFlow);
        assertFalse(canvas.isFlowShown());
        assertPlain(canvas, journey);
    }

    private static void assertPlain(JourneyCanvasView canvas, Journey journey) {
        assertEquals(0, canvas.lookupAll(".journey-flow-badge").size());
        assertEquals(0, canvas.lookupAll(".journey-flow-count").size());
        assertEquals(0, canvas.lookupAll(".journey-flow-edge").size());
        assertEquals(journey.edges().size(), canvas.lookupAll(".journey-edge").size());
        assertTrue(canvas.lookupAll(".journey-edge").stream().allMatch(n -> n.getStyle().isEmpty()),
                "edges keep the stylesheet's look");
    }

    @Test
    void shortcutRunsTheSimulation(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tasks.titles().size());
        assertTrue(model.summaryProperty().get() != null);
    }

    /** Leaves a picture under target/screenshots for a person to look at. */
    @Test
    void theTraceTabsLineAndEmptyTableSayTheSameAndNoReasonStaysPickedAfterALookupById(FxRobot robot)
            throws Exception {
        robot.clickOn("#simulation-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Customer trace");
        robot.clickOn("#trace-reason-sent");
        robot.clickOn("#trace-find-reasons");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#trace-reason-sent").queryAs(ToggleButton.class).isSelected());

        // a customer who never entered the cart journey, looked up by id
        Path customers = model.dataFolderProperty().get().resolve("customers.csv");
        String never = Files.readAllLines(customers).stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .filter(id -> {
                    robot.interact(() -> {
                        model.traces().traceCustomerProperty().set(id);
                        model.traces().search();
                    });
                    CustomerTraceViewModel.ShownTrace shown = model.traces().shownTraceProperty().get();
                    return shown != null && shown.steps().isEmpty();
                }).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Customer " + never + " never entered this journey.",
                robot.lookup("#trace-message").queryAs(Label.class).getText());
        TableView<?> steps = robot.lookup("#trace-steps").queryAs(TableView.class);
        assertEquals("Customer " + never + " never entered this journey, so there are no steps to show.",
                ((Label) steps.getPlaceholder()).getText());
        assertFalse(robot.lookup("#trace-reason-sent").queryAs(ToggleButton.class).isSelected(),
                "the reason of the last search is no longer shown as picked");
        writeScreenshot(robot, "simulation-trace-never-entered.png");

        // to the Results tab and back: the customer is still shown
        robot.clickOn("Results");
        robot.clickOn("Customer trace");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Customer " + never + " never entered this journey.",
                robot.lookup("#trace-message").queryAs(Label.class).getText());
    }

    private void writeScreenshot(FxRobot robot, String name) throws IOException {
        writeScreenshot(robot, scene.getRoot(), name);
    }

    private void writeScreenshot(FxRobot robot, Node node, String name) throws IOException {
        Screenshots.write(robot, node, name);
    }
}
