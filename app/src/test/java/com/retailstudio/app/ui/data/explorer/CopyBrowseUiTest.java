package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Browse and Customer on the imported columnar copy of the bundled sample, with files over 10,000 rows read a window
 * at a time (as events are at a million customers): scroll, filter, sort by a header, and a customer look-up.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CopyBrowseUiTest {

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ExplorerViewModel model;
    private Scene scene;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        Path temp = Files.createTempDirectory("retail-studio-copy-browse-ui");
        folder = Files.createDirectories(temp.resolve("sample"));
        BundledSample.extractTo(folder);
        Path datasets = temp.resolve("datasets");
        ColumnarCopies.importFolder(folder, datasets, (stage1, rows) -> { }, Clock.systemUTC());
        model = new ExplorerViewModel(tasks, dataFolder -> ColumnarCopies.find(datasets, dataFolder),
                BrowseViewModel.WHOLE_FILE_BYTES, 10_000);
        scene = new Scene(new ExplorerView(model, suggested -> Optional.empty()), 1280, 800);
        stage.setScene(scene);
        stage.show();
        model.folderProperty().set(folder);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#explorer-browse-table").queryAs(TableView.class);
    }

    private static String status(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void browsesEventsFromTheCopyFiltersAndSortsThem(FxRobot robot) throws Exception {
        robot.interact(() -> model.browse().fileProperty().set(DataFile.EVENTS));
        UiTestSupport.waitUntilIdle(tasks);
        TableView<Integer> events = table(robot);
        long rows = Files.lines(folder.resolve("events.csv")).count() - 1;
        assertEquals(rows, events.getItems().size());
        assertTrue(status(robot, "#explorer-browse-status").contains("from the imported copy, read as you scroll"),
                status(robot, "#explorer-browse-status"));
        robot.interact(() -> events.scrollTo(events.getItems().size() / 2));
        assertTrue(model.browse().blocksRead() <= 4, "a scroll reads the blocks shown: " + model.browse().blocksRead());

        robot.interact(() -> robot.lookup("#explorer-filter-column").queryAs(ComboBox.class).setValue("event_type"));
        robot.clickOn("#explorer-filter-value").write("purchase");
        robot.clickOn("#explorer-filter-add");
        UiTestSupport.waitUntilIdle(tasks);
        long purchases = SampleRows.count(folder.resolve("events.csv"), fields -> fields[3].equals("purchase"));
        assertEquals(purchases, events.getItems().size());
        assertTrue(status(robot, "#explorer-browse-status").startsWith(String.format("events.csv · %,d of %,d rows",
                purchases, rows)), status(robot, "#explorer-browse-status"));

        TableColumn<Integer, ?> timestamp = events.getColumns().get(1);
        // as a header click does: the column joins the sort order, then its direction turns
        robot.interact(() -> events.getSortOrder().setAll(timestamp));
        UiTestSupport.waitUntilIdle(tasks);
        assertTrue(status(robot, "#explorer-browse-status").contains("sorted by timestamp ascending"),
                status(robot, "#explorer-browse-status"));
        robot.interact(() -> timestamp.setSortType(TableColumn.SortType.DESCENDING));
        UiTestSupport.waitUntilIdle(tasks);
        assertEquals(TableColumn.SortType.DESCENDING, timestamp.getSortType());
        assertEquals(purchases, events.getItems().size());
        Instant latest = (Instant) timestamp.getCellData(0);
        Instant next = (Instant) timestamp.getCellData(1);
        assertTrue(!latest.isBefore(next), latest + " then " + next);
        assertEquals("purchase", events.getColumns().get(3).getCellData(events.getItems().size() - 1));
        assertTrue(status(robot, "#explorer-browse-status").contains("sorted by timestamp descending"),
                status(robot, "#explorer-browse-status"));
        UiTestSupport.writeScreenshot(robot, scene, "explorer-browse-copy.png");
    }

    @Test
    void looksUpACustomerInTheCopy(FxRobot robot) throws Exception {
        robot.clickOn("#explorer-tab-customer");
        robot.clickOn("#explorer-customer-id").write("C00000468");
        robot.clickOn("#explorer-customer-look-up");
        UiTestSupport.waitUntilIdle(tasks);
        long consents = SampleRows.count(folder.resolve("consents.csv"), fields -> fields[0].equals("C00000468"));
        long events = SampleRows.count(folder.resolve("events.csv"), fields -> fields[2].equals("C00000468"));
        assertEquals(String.format("C00000468: %d consents, %d events, ", consents, events),
                status(robot, "#explorer-customer-status").replaceAll("\\d+ basket lines$", ""));
        UiTestSupport.writeScreenshot(robot, scene, "explorer-customer-copy.png");
    }
}
