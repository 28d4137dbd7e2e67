package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.TraceStep;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Simulation view's Portfolio and Compare tabs on a stage, driven as a person would, on the bundled sample. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class PortfolioViewUiTest {

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private SimulationViewModel model;
    private Scene scene;
    private Path rules;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path sample = Files.createTempDirectory("portfolio-ui");
        BundledSample.extractTo(sample);
        rules = Files.writeString(sample.resolve("shared.portfolio.json"), PortfolioRunModelTest.RULES);
        model = new SimulationViewModel(tasks);
        model.dataFolderProperty().set(sample);
        // The user picks the rules file in the platform's dialog; here the dialog answers with the file.
        model.portfolio().useDialogs(new DialogService() {
            @Override
            public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
                return Optional.of(rules);
            }
        });
        scene = new Scene(new SimulationView(model), 1168, 718);
        stage.setScene(scene);
        stage.show();
    }

    private void check(FxRobot robot, String journey) {
        CheckBox box = robot.lookup(".portfolio-pick").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().equals(journey)).findFirst().orElseThrow();
        robot.clickOn(box);
    }

    @Test
    void threeJourneysRunTogetherAndShowSendsSuppressionsUpliftAndCannibalisation(FxRobot robot) throws IOException {
        robot.clickOn("Portfolio");
        assertTrue(robot.lookup("#portfolio-empty").query().isVisible());
        // The portfolio template comes chosen with its three journeys; unchecking one leaves two, still enough.
        assertEquals("", robot.lookup("#portfolio-why-not").queryAs(Label.class).getText());
        check(robot, "Win-back");
        check(robot, "Cart abandonment");
        assertEquals("Choose at least two journeys to run together.",
                robot.lookup("#portfolio-why-not").queryAs(Label.class).getText());
        check(robot, "Cart abandonment");
        check(robot, "Win-back");
        robot.clickOn("#portfolio-rules-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Shared caps · shared.portfolio.json", robot.lookup("#portfolio-rules")
                .queryAs(ComboBox.class).getValue() instanceof PortfolioRulesChoice c ? c.label() : "");
        assertFalse(robot.lookup("#portfolio-run").queryAs(Button.class).isDisabled());
        robot.clickOn("#portfolio-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Running 3 journeys together"), tasks.titles());
        PortfolioSummary summary = model.portfolio().summaryProperty().get();
        assertFalse(robot.lookup("#portfolio-empty").query().isVisible());
        Pane tiles = robot.lookup("#portfolio-kpis").queryAs(Pane.class);
        List<String> texts = tiles.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.contains(KpiText.count(summary.portfolio().sent())), texts.toString());
        assertTrue(texts.contains(KpiText.points(summary.portfolio().uplift().absolute())), texts.toString());
        assertTrue(texts.contains("Conversions cannibalised"), texts.toString());
        assertTrue(texts.contains(String.format(Locale.ROOT, "%,.1f", summary.simulatedCannibalisation())
                .replace('-', '−')), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("95 % CI")), texts.toString());
        TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        assertEquals(4, table.getItems().size(), "three journeys and the portfolio");
        TableView<?> reasons = robot.lookup("#portfolio-reasons").queryAs(TableView.class);
        assertEquals(1 + summary.reasonsSeen().size(), reasons.getColumns().size(), "a column per reason seen");
        assertEquals("Lost to priority", reasons.getColumns().get(reasons.getColumns().size() - 1)
                .getText());

        // The charts: together against alone for each journey and the portfolio; sends stacked by outcome.
        CategoryDataset incremental = robot.lookup("#portfolio-incremental").queryAs(ChartView.class).getChart()
                .getCategoryPlot().getDataset();
        assertEquals(List.of(PortfolioCharts.TOGETHER, PortfolioCharts.ALONE), incremental.getRowKeys());
        assertEquals(4, incremental.getColumnCount());
        assertEquals(summary.portfolio().simulated(), incremental.getValue(PortfolioCharts.TOGETHER,
                PortfolioSummary.PORTFOLIO).doubleValue(), 1e-9);
        assertEquals(summary.portfolio().aloneSimulated(), incremental.getValue(PortfolioCharts.ALONE,
                PortfolioSummary.PORTFOLIO).doubleValue(), 1e-9);
        CategoryDataset sends = robot.lookup("#portfolio-sends").queryAs(ChartView.class).getChart()
                .getCategoryPlot().getDataset();
        assertTrue(sends.getRowKeys().contains(PortfolioCharts.reasonLabel(SuppressionReason.LOST_TO_PRIORITY)),
                sends.getRowKeys().toString());
        Screenshots.write(robot, scene.getRoot(), "simulation-portfolio.png");
        // The whole results page, as far down as it scrolls: the charts and the table by journey.
        Screenshots.write(robot, robot.lookup("#portfolio-results").queryAs(ScrollPane.class).getContent(),
                "simulation-portfolio-results.png");

        // Why a customer lost a send: an example, on one timeline across the journeys naming the winner.
        robot.clickOn("Customer trace across journeys");
        robot.clickOn("#portfolio-trace-reason-lost_to_priority");
        robot.clickOn("#portfolio-trace-find-reasons");
        String found = robot.lookup("#portfolio-trace-message").queryAs(Label.class).getText();
        assertTrue(found.startsWith("Customer ") && found.contains("lost a send to a higher-priority journey"),
                found);
        TableView<TraceStep> steps = robot.lookup("#portfolio-trace-steps").queryTableView();
        TableColumn<TraceStep, ?> journey = steps.getColumns().get(1);
        assertTrue(journey.isVisible() && journey.getText().equals("Journey"));
        TraceStep refused = steps.getItems().stream().filter(st -> st.decision().equals(
                "suppressed: lost_to_priority")).findFirst().orElseThrow();
        assertTrue(refused.reason().startsWith("lost to a higher-priority journey: "), refused.reason());
        List<String> journeys = steps.getItems().stream().map(st -> String.valueOf(journey.getCellData(st)))
                .distinct().toList();
        assertTrue(journeys.size() >= 2 && summary.journeys().stream().map(PortfolioSummary.JourneyLine::name)
                .toList().containsAll(journeys), journeys.toString());
        ScrollPane page = robot.lookup("#portfolio-trace-page").queryAs(ScrollPane.class);
        robot.interact(() -> {
            page.setVvalue(1);
            steps.getSelectionModel().select(refused);
            steps.scrollTo(Math.max(0, steps.getItems().indexOf(refused) - 4));
        });
        Screenshots.write(robot, scene.getRoot(), "simulation-portfolio-trace.png");
        Screenshots.write(robot, page.getContent(), "simulation-portfolio-trace-page.png");

        // The same customer by id: the same timeline.
        List<TraceStep> byReason = List.copyOf(steps.getItems());
        String id = found.substring("Customer ".length(), found.indexOf(':'));
        robot.interact(() -> robot.lookup("#portfolio-trace-customer").queryTextInputControl().setText(id));
        robot.clickOn("#portfolio-trace-find-id");
        assertEquals(byReason, List.copyOf(steps.getItems()));

        // A new choice of journeys drops the run and its customer.
        check(robot, "Win-back");
        assertEquals("", robot.lookup("#portfolio-trace-message").queryAs(Label.class).getText());
        assertTrue(steps.getItems().isEmpty());
    }

    @Test
    void theCompareTabShowsThePairedIntervalOfTheDifference(FxRobot robot) throws IOException {
        robot.clickOn("Compare");
        robot.interact(() -> model.compareWithProperty().set(model.journeys().get(1)));
        robot.clickOn("#compare-run");
        WaitForAsyncUtils.waitForFxEvents();
        SimulationComparison comparison = model.comparisonProperty().get();
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        SimulationComparison.Row rate = (SimulationComparison.Row) table.getItems().stream()
                .filter(r -> ((SimulationComparison.Row) r).measure().equals("Conversion rate, treated"))
                .findFirst().orElseThrow();
        assertEquals(KpiText.interval(comparison.conversionDifference()), rate.interval());
        String method = robot.lookup("#compare-method").queryAs(Label.class).getText();
        assertTrue(method.startsWith("Paired customer by customer over 3,000 customers."), method);
        Screenshots.write(robot, scene.getRoot(), "simulation-compare-interval.png");
    }

    @Test
    void whileSparkIsChosenTheCompareAndPortfolioTabsSayTheyRunOnTheDesktopEngine(FxRobot robot) throws IOException {
        robot.clickOn("Portfolio");
        assertFalse(robot.lookup("#portfolio-engine").query().isVisible(), "the desktop engine is chosen");
        robot.clickOn("#simulation-engine-spark");
        Label portfolio = robot.lookup("#portfolio-engine").queryAs(Label.class);
        assertTrue(portfolio.isVisible() && portfolio.getText().startsWith("Runs on the desktop engine"),
                portfolio.getText());
        Screenshots.write(robot, scene.getRoot(), "simulation-portfolio-engine-note.png");
        robot.clickOn("Compare");
        assertTrue(robot.lookup("#compare-engine").query().isVisible());
        robot.clickOn("#simulation-engine-desktop");
        assertFalse(robot.lookup("#compare-engine").query().isVisible(), "the desktop engine is chosen again");
    }
}
