package com.retailstudio.ui.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.feedback.FeedbackLabel;
import com.retailstudio.ui.table.NumberColumn;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.FxTaskExecutor;
import com.retailstudio.ui.tiles.KpiTile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The section kit on the real toolkit: the frame's layers and Cancel, feedback, tiles and numeric columns. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SectionKitUiTest {

    private Label emptyState;
    private SectionFrame frame;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        emptyState = new Label("Nothing here yet");
        frame = new SectionFrame(new VBox(new SectionHeader("Title", "What this part is for."),
                new KpiTile("Rows", "1,204", "in 3 files", KpiTile.Tone.POSITIVE).withValueId("rows")));
        frame.emptyStateProperty().set(emptyState);
        stage.setScene(new Scene(frame, 400, 300));
        stage.show();
    }

    @Test
    void theEmptyStateReplacesTheContentAndTheBusyOverlayCoversBoth(FxRobot robot) throws IOException {
        robot.interact(() -> frame.emptyProperty().set(true));
        assertFalse(frame.content().isVisible());
        assertTrue(emptyState.isVisible());
        robot.interact(() -> frame.busyProperty().set(true));
        assertFalse(emptyState.isVisible(), "while busy the overlay speaks, not the empty state");
        assertFalse(robot.lookup("#section-cancel").queryButton().isVisible(), "no task, nothing to cancel");
        robot.interact(() -> {
            frame.busyProperty().set(false);
            frame.emptyProperty().set(false);
        });
        assertTrue(frame.content().isVisible());
        assertTrue(robot.lookup("#rows").queryAs(Label.class).getStyleClass().contains("success"));
        writePng(robot, "section-frame-content.png");
    }

    /** Writes what the stage shows to target/screenshots, to look at. */
    private void writePng(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = frame.getScene().snapshot(null));
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", folder.resolve(name).toFile());
    }

    @Test
    void cancelInTheOverlayCancelsTheTaskItFollows(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            frame.taskProperty().set(executor.execute(BackgroundTask.of("Planning", progress -> {
                progress.update(0.4, "Optimising: 40 %");
                while (!progress.isCancelled()) {
                    Thread.onSpinWait();
                }
                return "done";
            }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled"))));
            frame.busyProperty().set(true);
        });
        Button cancel = robot.lookup("#section-cancel").queryButton();
        assertTrue(cancel.isVisible());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".section-busy-text").queryAs(Label.class)
                .getText().equals("Optimising: 40 %"));
        writePng(robot, "section-frame-busy.png");
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertEquals(List.of("cancelled"), seen);
        executor.shutdown();
    }

    @Test
    void feedbackShowsInTheColourOfItsSeverityAndHidesWhenThereIsNone(FxRobot robot) {
        SimpleObjectProperty<Feedback> said = new SimpleObjectProperty<>(Feedback.none());
        FeedbackLabel label = new FeedbackLabel(said);
        assertFalse(label.isVisible());
        said.set(Feedback.danger("Not applied: below the floor price"));
        assertTrue(label.isVisible());
        assertTrue(label.getStyleClass().contains("danger"));
        said.set(Feedback.success("Submitted"));
        assertTrue(label.getStyleClass().contains("success"));
        assertFalse(label.getStyleClass().contains("danger"));
        assertEquals("Submitted", label.getText());
    }

    @Test
    void aNumberColumnIsRightAlignedFormattedAndSortsByTheNumber(FxRobot robot) {
        TableView<Long> table = new TableView<>();
        NumberColumn<Long> column = NumberColumn.integers("Rows", Long::longValue);
        table.getColumns().add(column);
        table.getItems().setAll(10_000L, 9L, 200L);
        robot.interact(() -> {
            frame.getScene().setRoot(table);
            table.getSortOrder().add(column);
            table.sort();
        });
        assertEquals(List.of(9L, 200L, 10_000L), table.getItems(), "by number, not by the text \"10,000\"");
        WaitForAsyncUtils.waitForFxEvents();
        Labeled cell = robot.from(table).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "10,000".equals(c.getText())).findFirst().orElseThrow();
        assertEquals(Pos.CENTER_RIGHT, cell.getAlignment());
    }
}
