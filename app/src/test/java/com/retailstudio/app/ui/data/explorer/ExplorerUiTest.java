package com.retailstudio.app.ui.data.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.explore.Aggregation;
import com.retailstudio.app.explore.ColumnProfile;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Theme;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.ui.chart.ChartView;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.controlsfx.control.table.ColumnFilter;
import org.controlsfx.control.table.TableFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Data explorer on the bundled sample: browse and filter, look up a customer, profile, pivot and export. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {

    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ExplorerViewModel model;
    private ExplorerView view;
    private Scene scene;
    private Path folder;
    private Path exported;

    @Start
    void start(Stage stage) throws Exception {
        // the application's theme, so the screenshots look as the window does
        Theme.LIGHT.apply();
        folder = Files.createTempDirectory("retail-studio-explorer-ui");
        BundledSample.extractTo(folder);
        exported = folder.resolve("out").resolve("units.xlsx");
        // events.csv (about 5 MB) is over this limit, so it is paged like a file of millions of rows
        model = new ExplorerViewModel(tasks, folder -> Optional.empty(), 1_000_000);
        view = new ExplorerView(model, suggested -> Optional.of(exported));
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
        model.folderProperty().set(folder);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void browsesAFileSortsAndFiltersItsRowsAndPagesALargeOne(FxRobot robot) throws Exception {
        robot.interact(() -> model.browse().fileProperty().set(DataFile.CUSTOMERS));
        UiTestSupport.waitUntilIdle(tasks);
        TableView<Integer> customers = table(robot, "#explorer-browse-table");
        assertEquals(3_000, customers.getItems().size());
        assertTrue(robot.lookup("#explorer-browse-status").queryAs(Label.class).getText()
                .startsWith("customers.csv · 3,000 rows"));

        robot.interact(() -> {
            var lifetimeValue = customers.getColumns().stream()
                    .filter(column -> column.getText().equals("lifetime_value")).findFirst().orElseThrow();
            lifetimeValue.setSortType(TableColumn.SortType.DESCENDING);
            customers.getSortOrder().setAll(lifetimeValue);
        });
        double top = (Double) customers.getColumns().get(8).getCellData(0);
        double second = (Double) customers.getColumns().get(8).getCellData(1);
        assertTrue(top >= second, "sorted by lifetime value, highest first");
        UiTestSupport.writeScreenshot(robot, scene, "explorer-browse.png");

        robot.interact(() -> model.browse().fileProperty().set(DataFile.EVENTS));
        UiTestSupport.waitUntilIdle(tasks);
        TableView<Integer> events = table(robot, "#explorer-browse-table");
        long lines = Files.lines(folder.resolve("events.csv")).count();
        assertEquals(lines - 1, events.getItems().size(), "every event row, read page by page");
        robot.interact(() -> events.scrollTo(events.getItems().size() - 1));
        String lastLine = Files.readAllLines(folder.resolve("events.csv")).get((int) lines - 1);
        assertEquals(lastLine.split(",")[0], events.getColumns().get(0).getCellData(events.getItems().size() - 1));
        assertTrue(robot.lookup("#explorer-browse-status").queryAs(Label.class).getText().contains("page by page"));
        UiTestSupport.writeScreenshot(robot, scene, "explorer-browse-paged.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersAColumnThroughTheControlsFxTableFilter(FxRobot robot) throws Exception {
        robot.interact(() -> model.browse().fileProperty().set(DataFile.CONSENTS));
        UiTestSupport.waitUntilIdle(tasks);
        TableView<Integer> consents = table(robot, "#explorer-browse-table");
        TableFilter<Integer> filter = (TableFilter<Integer>) consents.getProperties().get(TableFilter.class);
        TableColumn<Integer, ?> purpose = consents.getColumns().get(1);
        TableColumn<Integer, ?> granted = consents.getColumns().get(2);
        assertEquals(18_000, consents.getItems().size());

        robot.interact(() -> {
            // the filter lists a column's values when its menu first opens
            filter.getColumnFilters().stream().filter(column -> !column.isInitialized())
                    .forEach(ColumnFilter::initialize);
            filter.unSelectAllValues(purpose);
            filter.selectValue(purpose, "email_marketing");
            filter.unselectValue(granted, false);
            filter.executeFilter();
        });

        long expected = SampleRows.count(folder.resolve("consents.csv"),
                fields -> fields[1].equals("email_marketing") && fields[2].equals("true"));
        assertEquals(expected, consents.getItems().size());
        assertTrue(consents.getItems().stream().allMatch(row -> purpose.getCellData(row).equals("email_marketing")));
        robot.clickOn("#column-purpose", MouseButton.SECONDARY);
        UiTestSupport.writeScreenshot(robot, scene, "explorer-filter.png");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void looksUpACustomerAcrossTheFiles(FxRobot robot) throws Exception {
        robot.clickOn("#explorer-tab-customer");
        robot.clickOn("#explorer-customer-id").write("C00000468");
        robot.clickOn("#explorer-customer-look-up");
        UiTestSupport.waitUntilIdle(tasks);

        String status = robot.lookup("#explorer-customer-status").queryAs(Label.class).getText();
        long consents = SampleRows.count(folder.resolve("consents.csv"), fields -> fields[0].equals("C00000468"));
        assertTrue(status.startsWith("C00000468: " + consents + " consents, "), status);
        assertTrue(table(robot, "#explorer-customer-events").getItems().size() > 0);
        assertTrue(robot.lookup("#explorer-customer-profile").lookup(".label").queryAll().size() >= 10);
        // the optional birth_date sits with signup_date among the profile's fields
        assertTrue(robot.lookup("#explorer-customer-profile").lookup(".label").queryAll().stream()
                .anyMatch(label -> ((Label) label).getText().matches("birth_date: \\d{4}-\\d{2}-\\d{2}")));
        assertNotNull(robot.lookup("#explorer-customer-timeline").queryAs(ChartView.class).getChart().getTitle());
        UiTestSupport.writeScreenshot(robot, scene, "explorer-customer.png");

        robot.doubleClickOn("#explorer-customer-id").write("C99999999");
        robot.clickOn("#explorer-customer-look-up");
        UiTestSupport.waitUntilIdle(tasks);
        assertEquals("No customer has the id C99999999.",
                robot.lookup("#explorer-customer-status").queryAs(Label.class).getText());
    }

    @Test
    void profilesEveryColumnWithAChartOfTheChosenOne(FxRobot robot) throws Exception {
        robot.clickOn("#explorer-tab-profile");
        robot.interact(() -> model.profile().fileProperty().set(DataFile.EVENTS));
        UiTestSupport.waitUntilIdle(tasks);

        @SuppressWarnings("unchecked")
        TableView<ColumnProfile> columns = robot.lookup("#explorer-profile-table").queryAs(TableView.class);
        assertEquals(DataFile.EVENTS.columnNames(), columns.getItems().stream().map(ColumnProfile::column).toList());
        robot.interact(() -> columns.getSelectionModel().select(3));
        assertEquals("event_type", robot.lookup("#explorer-profile-chart").queryAs(ChartView.class).getChart()
                .getTitle().getText());
        assertTrue(columns.getItems().get(5).missing() > 0, "message_kind is often empty, and shown so");
        UiTestSupport.writeScreenshot(robot, scene, "explorer-profile.png");
    }

    @Test
    void pivotsWeeklyUnitsByCategoryShowsAChartAndExports(FxRobot robot) throws Exception {
        robot.clickOn("#explorer-tab-pivot");
        robot.interact(() -> model.pivot().fileProperty().set(DataFile.SALES_WEEKLY));
        UiTestSupport.waitUntilIdle(tasks);
        assertTrue(model.pivot().groupable().containsAll(List.of("category", "week_start", "city")));

        robot.interact(() -> {
            model.pivot().rowsProperty().set("category");
            model.pivot().columnsProperty().set("week_start");
            model.pivot().measureProperty().set("units_sold");
            model.pivot().aggregationProperty().set(Aggregation.SUM);
        });
        robot.clickOn("#explorer-pivot-run");
        UiTestSupport.waitUntilIdle(tasks);
        TableView<Integer> pivot = table(robot, "#explorer-pivot-table");
        assertFalse(pivot.getItems().isEmpty());
        assertEquals("category", pivot.getColumns().get(0).getText());
        assertTrue(robot.lookup("#explorer-pivot-chart").queryAs(ChartView.class).getChart().getTitle().getText()
                .startsWith("sales_weekly: sum of units_sold by category × week_start"));
        UiTestSupport.writeScreenshot(robot, scene, "explorer-pivot.png");

        robot.clickOn("#explorer-pivot-export");
        UiTestSupport.waitUntilIdle(tasks);
        assertTrue(Files.size(exported) > 1_000);
        assertEquals("Wrote " + exported, robot.lookup("#explorer-pivot-status").queryAs(Label.class).getText());
    }
}
