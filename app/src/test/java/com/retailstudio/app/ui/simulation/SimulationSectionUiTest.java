package com.retailstudio.app.ui.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.approval.DocumentChecks;
import com.retailstudio.app.approval.ReviewWorkflow;
import com.retailstudio.app.portfolio.WorkspacePortfolioLibrary;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.app.workspace.DocumentDraft;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.FrequencyCap;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.model.TraceStep;
import com.retailstudio.simulator.ui.JourneyChoice;
import com.retailstudio.simulator.ui.PortfolioRulesChoice;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.chart.ChartView;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Simulation section in the application on a real workspace: saved journey versions beside the templates, a run
 * with charts, a customer found by what happened to them, two versions compared; light and dark theme.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SimulationSectionUiTest {

    private MainWindowOnWorkspace window;
    private String cart;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("retail-studio-simulation-ui");
        cart = JourneyTemplates.json("cart-abandonment").orElseThrow();
        try (Workspace seeding = Workspace.open(folder)) {
            seeding.documents().saveDocument(new DocumentDraft("journey", "cart", "draft", cart));
            // Version 2 waits two hours before the reminder instead of one.
            seeding.documents().saveDocument(new DocumentDraft("journey", "cart", "draft",
                    cart.replace("\"duration\": \"1h\"", "\"duration\": \"2h\"")));
            seeding.documents().saveDocument(new DocumentDraft("journey", "broken", "draft",
                    "{\"schemaVersion\": 1}"));
        }
        window = MainWindowOnWorkspace.open(stage, folder, UiTestSupport.silentUser(), Section.DATA);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }

    @Test
    void savedVersionsRunAndCompareAndACustomerIsFoundByWhatHappened(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.interact(() -> window.shell().show(Section.SIMULATION));
        ListView<JourneyChoice> journeys = robot.lookup("#simulation-journeys").queryListView();
        List<String> labels = journeys.getItems().stream().map(JourneyChoice::label).toList();
        assertTrue(labels.containsAll(List.of("Cart abandonment", "Cart abandonment · v1", "Cart abandonment · v2",
                "broken · v1")), labels.toString());
        JourneyChoice broken = journeys.getItems().stream().filter(c -> c.label().equals("broken · v1")).findFirst()
                .orElseThrow();
        assertTrue(broken.runnable().isEmpty());
        assertTrue(broken.problem().contains("/"), "names the bad field: " + broken.problem());

        // A version saved while another section is shown is offered when the section is shown again.
        robot.interact(() -> window.shell().show(Section.JOURNEYS));
        window.session().workspace().documents().saveDocument(new DocumentDraft("journey", "cart", "draft",
                cart.replace("\"duration\": \"1h\"", "\"duration\": \"3h\"")));
        // submitted: the list says where its review stands, as the Journeys section does (issue #15 item 11)
        new ReviewWorkflow(window.session().workspace(),
                DocumentChecks.forReview()).submit("journey", "cart",
                window.session().workspace().currentUser());
        robot.interact(() -> window.shell().show(Section.SIMULATION));
        assertTrue(journeys.getItems().stream().anyMatch(c -> c.label().equals("Cart abandonment · v3")
                && c.detail().equals("saved · in review · by " + window.session().workspace().currentUser())),
                journeys.getItems().stream().map(JourneyChoice::detail).toList().toString());
        assertTrue(journeys.getItems().stream().anyMatch(c -> c.label().equals("Cart abandonment · v2")
                && c.detail().startsWith("saved · not submitted · by ")), "a version never submitted says so");
        assertEquals("Cart abandonment", journeys.getSelectionModel().getSelectedItem().label(),
                "the chosen journey stays selected when the list is asked again");

        JourneyChoice v2 = journeys.getItems().stream().filter(c -> c.label().equals("Cart abandonment · v2"))
                .findFirst().orElseThrow();
        robot.interact(() -> journeys.getSelectionModel().select(v2));
        robot.clickOn("#simulation-run");
        waitUntilIdle();
        assertTrue(robot.lookup("#simulation-results").query().isVisible());
        assertEquals("Cart abandonment", robot.lookup("#simulation-result-title").queryAs(Label.class).getText());
        ChartView conversions = robot.lookup("#simulation-conversions").queryAs(ChartView.class);
        assertEquals(2, conversions.getChart().getXYPlot().getDataset().getSeriesCount());
        window.screenshot(robot, "simulation-section-saved-version.png");

        // Find a customer whose send was held by quiet hours and who received a message.
        TabPane tabs = robot.lookup(".simulation-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#trace-reason-quiet_hours");
        robot.clickOn("#trace-find-reasons");
        String found = robot.lookup("#trace-message").queryAs(Label.class).getText();
        assertTrue(found.startsWith("Customer ") && found.contains("held or dropped by quiet hours"), found);
        TableView<TraceStep> steps = robot.lookup("#trace-steps").queryTableView();
        assertTrue(steps.getItems().stream().anyMatch(s -> s.decision().equals("deferred")
                && s.reason().startsWith("quiet hours in ")), "the deferral and its reason are shown");
        window.screenshot(robot, "simulation-section-trace-quiet-hours.png");

        // The same customer by id gives the same steps.
        List<TraceStep> byReason = List.copyOf(steps.getItems());
        String id = found.substring("Customer ".length(), found.indexOf(':'));
        robot.interact(() -> robot.lookup("#trace-customer").queryTextInputControl().setText(id));
        robot.clickOn("#trace-find-id");
        assertEquals(byReason, List.copyOf(steps.getItems()));

        // Compare v2 (A) with the template (B) on the same data and seed.
        robot.interact(() -> tabs.getSelectionModel().select(2));
        ComboBox<JourneyChoice> b = robot.lookup("#compare-with").queryComboBox();
        JourneyChoice template = b.getItems().stream().filter(c -> c.label().equals("Cart abandonment")).findFirst()
                .orElseThrow();
        robot.interact(() -> b.setValue(template));
        robot.clickOn("#compare-run");
        waitUntilIdle();
        TableView<?> table = robot.lookup("#compare-table").queryTableView();
        assertEquals(List.of("Measure", "A · Cart abandonment · v2", "B · Cart abandonment", "B − A",
                "95 % CI, paired"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertTrue(table.getItems().size() >= 14, "conversions, uplift, messages and suppressions side by side");
        assertTrue(robot.lookup("#compare-message").queryAs(Label.class).getText().contains("seed 42"));
        window.screenshot(robot, "simulation-section-compare.png");

        // Dark theme: the charts repaint in the theme's colours.
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Paint light = conversions.getChart().getBackgroundPaint();
        robot.interact(() -> window.shell().themeProperty().set(Theme.DARK));
        waitUntilIdle();
        Paint dark = robot.lookup("#simulation-conversions").queryAs(ChartView.class).getChart()
                .getBackgroundPaint();
        assertNotEquals(light, dark);
        assertTrue(((Color) dark).getRed() < 80, "a dark background: " + dark);
        window.screenshot(robot, "simulation-section-dark.png");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        window.screenshot(robot, "simulation-section-trace-dark.png");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        window.screenshot(robot, "simulation-section-compare-dark.png");
        assertFalse(table.getItems().isEmpty());
    }

    @Test
    void aRunShowsOneCancelTheStatusBarsAndItStopsTheRun(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.interact(() -> window.shell().show(Section.SIMULATION));
        Button run = robot.lookup("#simulation-run").queryButton();
        WritableImage[] whileRunning = new WritableImage[1];
        List<List<String>> cancels = new ArrayList<>();
        // One turn of the JavaFX thread: the run cannot end (its end comes back on this thread) before it is seen
        // and cancelled.
        robot.interact(() -> {
            run.fire();
            whileRunning[0] = run.getScene().snapshot(null);
            cancels.add(shownCancels(run.getScene().getRoot()));
            robot.lookup("#status-cancel").queryButton().fire();
        });
        Screenshots.write(whileRunning[0], Screenshots.FOLDER.resolve("simulation-section-running.png"));
        assertEquals(List.of("status-cancel"), cancels.get(0), "one Cancel while a run is under way");
        waitUntilIdle();
        assertEquals("The simulation was cancelled.",
                robot.lookup("#simulation-status").queryAs(Label.class).getText());
    }

    /** The ids of the buttons that cancel something and that a person can see (they and every parent visible). */
    private static List<String> shownCancels(Parent root) {
        List<String> shown = new ArrayList<>();
        for (Node node : root.lookupAll(".button")) {
            boolean cancels = node instanceof Button button && ((node.getId() != null
                    && node.getId().contains("cancel")) || "Cancel".equals(button.getText()));
            boolean visible = true;
            for (Node up = node; up != null; up = up.getParent()) {
                visible &= up.isVisible();
            }
            if (cancels && visible) {
                shown.add(node.getId());
            }
        }
        return shown;
    }

    @Test
    void thePortfolioTabOffersTheWorkspacesPortfolioRules(FxRobot robot) throws Exception {
        waitUntilIdle();
        Workspace workspace = window.session().workspace();
        new WorkspacePortfolioLibrary(workspace, new ReviewWorkflow(workspace, DocumentChecks.forReview()))
                .saveAs(new PortfolioRules("shared", "Shared caps", List.of(FrequencyCap.global(1, Duration.ofDays(1))),
                        10, List.of("cart-abandonment"), List.of(), Set.of()), workspace.currentUser());
        robot.interact(() -> window.shell().show(Section.SIMULATION));
        TabPane tabs = robot.lookup(".simulation-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        ComboBox<PortfolioRulesChoice> rules = robot.lookup("#portfolio-rules").queryComboBox();
        assertTrue(rules.getItems().stream().anyMatch(c -> c.label().equals("Shared caps · v1")
                && c.rules().globalControlPercent() == 10),
                rules.getItems().stream().map(PortfolioRulesChoice::label).toList().toString());
    }
}
