package com.retailstudio.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.quality.QualityDrift;
import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.ui.chart.ChartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data section's quality history: the sample on first start, then two weekly extracts imported through the
 * section, the second with the baskets' customer ids blanked, which is flagged as a drift with file and column.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class QualityHistoryUiTest {

    private final Deque<Path> foldersTheUserPicks = new ArrayDeque<>();
    private Path temp;
    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("retail-studio-quality-ui");
        window = MainWindowOnWorkspace.open(stage, temp.resolve("workspace"),
                UiTestSupport.userWhoPicksFolders(foldersTheUserPicks), Section.DATA);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    @Test
    void twoImportsAfterTheSampleAreChartedAndABlankedColumnIsFlaggedWithItsFileAndColumn(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        Path week1 = Files.createDirectories(temp.resolve("week-1"));
        Path week2 = Files.createDirectories(temp.resolve("week-2"));
        BundledSample.extractTo(week1);
        BundledSample.extractTo(week2);
        long anonymousBefore = blankCustomerIds(week2.resolve("baskets.csv"));

        importThroughTheSection(robot, week1);
        importThroughTheSection(robot, week2);
        robot.interact(() -> robot.lookup("#data-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntilIdle();

        TableView<QualityDrift> drifts = robot.lookup("#quality-drifts").queryTableView();
        assertEquals(1, drifts.getItems().size(), drifts.getItems()::toString);
        QualityDrift drift = drifts.getItems().get(0);
        assertEquals("week-2", drift.at().dataSetName());
        assertEquals("baskets.csv, column customer_id", drift.where());
        assertEquals(QualityDrift.Kind.MISSING_SHARE_JUMP, drift.kind());
        assertTrue(drift.message().contains("missing in 100.0% of rows"), drift.message());
        assertTrue(anonymousBefore > 0, "the sample has identified shoppers to blank");
        assertEquals("Quality over time (1 drift)",
                robot.lookup("#data-tabs").queryAs(TabPane.class).getTabs().get(1).getText());
        assertEquals("3 imports in the history; 1 drift flagged (the bundled sample is not compared).",
                robot.lookup("#quality-history-summary").queryAs(Label.class).getText());
        CategoryPlot rows = (CategoryPlot) robot.lookup("#quality-rows-chart").queryAs(ChartView.class).getChart()
                .getPlot();
        assertEquals(3, rows.getDataset().getColumnCount(), "one point per import");
        CategoryPlot missing = (CategoryPlot) robot.lookup("#quality-missing-chart").queryAs(ChartView.class)
                .getChart().getPlot();
        int series = missing.getDataset().getRowIndex("baskets.csv · customer_id");
        assertEquals(100.0, missing.getDataset().getValue(series, 2).doubleValue(), 1e-9);
        window.screenshot(robot, "data-quality-history.png");
    }

    private void importThroughTheSection(FxRobot robot, Path folder) throws Exception {
        foldersTheUserPicks.add(folder);
        robot.clickOn("#data-open-folder");
        waitUntilIdle();
        robot.clickOn("#data-import");
        waitUntilIdle();
    }

    /** Empties the customer id of every basket line, as a till export that lost the loyalty card would; returns how many had one. */
    private static long blankCustomerIds(Path baskets) throws IOException {
        List<String> lines = Files.readAllLines(baskets);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("customer_id");
        long identified = 0;
        StringBuilder rewritten = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (!fields[column].isEmpty()) {
                identified++;
            }
            fields[column] = "";
            rewritten.append(String.join(",", fields)).append('\n');
        }
        Files.writeString(baskets, rewritten);
        return identified;
    }

    /** Waits for the import, which writes the columnar copy too: longer than a check on a busy machine. */
    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
