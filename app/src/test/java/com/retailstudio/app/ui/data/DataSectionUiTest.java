package com.retailstudio.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.data.io.Severity;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataProblem;
import com.retailstudio.data.io.ProblemKind;
import com.retailstudio.data.quality.FileQuality;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Data section on a real workspace: the sample on first start, previewing and importing folders. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DataSectionUiTest {

    private final Deque<Path> foldersTheUserPicks = new ArrayDeque<>();
    private Path temp;
    private MainWindowOnWorkspace window;

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("retail-studio-data-ui");
        DialogService user = UiTestSupport.userWhoPicksFolders(foldersTheUserPicks);
        window = MainWindowOnWorkspace.open(stage, temp.resolve("workspace"), user, Section.DATA);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    @Test
    void firstStartLoadsTheBundledSampleAndShowsItsReport(FxRobot robot) throws Exception {
        waitUntilIdle();

        assertEquals("Usable", text(robot, "#data-status"));
        assertEquals("0", text(robot, "#data-errors"));
        RegisteredDataSet active = robot.lookup("#data-set-choice").<RegisteredDataSet>queryComboBox().getValue();
        assertEquals("Bundled sample", active.name());
        TableView<FileQuality> files = robot.lookup("#data-files").queryTableView();
        assertEquals(9, files.getItems().size());
        assertEquals(3_000, files.getItems().stream().filter(file -> file.fileName().equals("customers.csv"))
                .findFirst().orElseThrow().rows());
        writeScreenshot(robot, "data-first-start.png");
    }

    @Test
    void theFreshlyImportedSampleIsNotFlaggedAsOldAndTheAgeTileSaysWhy(FxRobot robot) throws Exception {
        waitUntilIdle();

        assertTrue(text(robot, "#data-age").endsWith(" days (sample, not checked)"), text(robot, "#data-age"));
        assertFalse(robot.lookup("#data-age").queryAs(Label.class).getStyleClass().contains("warning"));
        TableView<DataProblem> problems = robot.lookup("#data-problems").queryTableView();
        assertTrue(problems.getItems().stream().noneMatch(problem -> problem.kind() == ProblemKind.STALE_DATA),
                problems.getItems().toString());
        writeScreenshot(robot, "data-sample-age-not-judged.png");
    }

    @Test
    void aBrokenFolderIsPreviewedWithItsProblemsAndCannotBeImported(FxRobot robot) throws Exception {
        waitUntilIdle();
        previewSampleWith(robot, "broken", "customers.csv", customers ->
                customers.set(3, customers.get(3).replaceFirst(",(GB|DE|FR|NL|US),", ",XX,")));

        assertEquals("Has errors", text(robot, "#data-status"));
        TableView<ProblemLine> problems = robot.lookup("#data-problems").queryTableView();
        assertTrue(problems.getItems().stream().anyMatch(problem ->
                problem.where().equals("customers.csv:4:country")), problems.getItems().toString());
        assertTrue(robot.lookup("#data-import").queryAs(Button.class).isDisabled());
        writeScreenshot(robot, "data-broken-preview.png");

        robot.clickOn("#data-discard");
        waitUntilIdle();
        assertEquals("Usable", text(robot, "#data-status"));
        assertEquals(1, window.session().workspace().dataSets().list().size());
    }

    @Test
    void oneBadProductRowIsReportedFirstWithTheRowsReferringToItGroupedUnderIt(FxRobot robot) throws Exception {
        waitUntilIdle();
        previewSampleWith(robot, "negative-price", "products.csv", products -> {
            List<String> header = List.of(products.get(0).split(",", -1));
            String[] fifth = products.get(4).split(",", -1);
            fifth[header.indexOf("full_price")] = "-" + fifth[header.indexOf("full_price")];
            products.set(4, String.join(",", fifth));
        });

        TableView<ProblemLine> problems = robot.lookup("#data-problems").queryTableView();
        List<ProblemLine> errors = problems.getItems().stream()
                .filter(line -> line.severity() == Severity.ERROR).toList();
        assertEquals("products.csv:5:full_price", errors.get(0).where(), errors.toString());
        assertEquals(2, errors.size(), "the cause and one line for its consequences: " + errors);
        ProblemLine consequences = errors.get(1);
        assertTrue(consequences.group());
        assertTrue(consequences.what().matches("[0-9,]+ rows refer to rejected product rows in products.csv \\(.*"),
                consequences.what());
        assertEquals(problems.getItems().indexOf(errors.get(0)) + 1, problems.getItems().indexOf(consequences),
                "the consequences sit right under their cause");
        assertFalse(problems.getItems().stream().anyMatch(line -> line.what().contains("is not a known product")));
        // Every file that lost rows says so.
        TableView<FileQuality> files = robot.lookup("#data-files").queryTableView();
        for (String file : List.of("products.csv", "events.csv", "sales_weekly.csv")) {
            FileQuality quality = files.getItems().stream().filter(f -> f.fileName().equals(file)).findFirst()
                    .orElseThrow();
            assertTrue(quality.status().endsWith("rejected"), file + ": " + quality.status());
            assertTrue(consequences.where().contains(file) || file.equals("products.csv"), consequences.where());
        }
        assertTrue(text(robot, "#data-problems-title").contains("of the errors follow from rejected rows"),
                text(robot, "#data-problems-title"));
        // Where and What wrap onto more lines rather than cutting a location or a reason off: every line's text is
        // drawn whole inside its cell.
        int whole = 0;
        for (Node node : problems.lookupAll(".wrapped-cell-text")) {
            Text drawn = (Text) node;
            TableCell<?, ?> cell = (TableCell<?, ?>) drawn.getParent();
            if (drawn.getText().isEmpty()) {
                continue;
            }
            assertTrue(problems.getItems().stream().anyMatch(line -> line.where().equals(drawn.getText())
                    || line.what().equals(drawn.getText())), drawn.getText());
            assertTrue(drawn.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5
                    && drawn.getBoundsInParent().getMaxX() <= cell.getWidth() + 0.5, drawn.getText() + " fits");
            whole++;
        }
        assertTrue(whole >= 4, "cause and consequences, where and what: " + whole);
        writeScreenshot(robot, "data-rejected-product-row.png");
    }

    @Test
    void aGoodFolderIsImportedAndBecomesTheActiveDataSet(FxRobot robot) throws Exception {
        waitUntilIdle();
        Path mine = temp.resolve("autumn-export");
        BundledSample.extractTo(mine);
        foldersTheUserPicks.add(mine);

        robot.clickOn("#data-open-folder");
        waitUntilIdle();
        assertFalse(robot.lookup("#data-import").queryAs(Button.class).isDisabled());
        robot.clickOn("#data-import");
        waitUntilIdle();

        assertEquals("autumn-export", window.session().workspace().dataSets().active().orElseThrow().name());
        ComboBox<RegisteredDataSet> choice = robot.lookup("#data-set-choice").queryComboBox();
        assertEquals("autumn-export", choice.getValue().name());
        assertEquals(2, choice.getItems().size());
        assertFalse(robot.lookup("#data-preview").query().isVisible(),
                "the preview banner is gone once the folder is imported");
    }

    @Test
    void choosingAnotherDataSetMakesItActiveInTheWorkspace(FxRobot robot) throws Exception {
        waitUntilIdle();
        Path mine = temp.resolve("spring");
        BundledSample.extractTo(mine);
        foldersTheUserPicks.add(mine);
        robot.clickOn("#data-open-folder");
        waitUntilIdle();
        robot.clickOn("#data-import");
        waitUntilIdle();

        ComboBox<RegisteredDataSet> choice = robot.lookup("#data-set-choice").queryComboBox();
        robot.interact(() -> choice.setValue(choice.getItems().get(0)));
        waitUntilIdle();

        assertEquals("Bundled sample", window.session().workspace().dataSets().active().orElseThrow().name());
    }

    /** Opens a copy of the bundled sample with one file edited, as the user would pick it, and waits for its report. */
    private void previewSampleWith(FxRobot robot, String folder, String file,
                                   Consumer<List<String>> edit) throws Exception {
        Path copy = temp.resolve(folder);
        BundledSample.extractTo(copy);
        List<String> lines = new ArrayList<>(Files.readAllLines(copy.resolve(file)));
        edit.accept(lines);
        Files.write(copy.resolve(file), lines);
        foldersTheUserPicks.add(copy);
        robot.clickOn("#data-open-folder");
        waitUntilIdle();
    }

    private void waitUntilIdle() throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void writeScreenshot(FxRobot robot, String name) throws IOException {
        window.screenshot(robot, name);
    }
}
