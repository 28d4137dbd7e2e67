package com.retailstudio.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.app.ui.UiTestSupport;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
 * Making a folder the active data set converts it to the columnar copy with its rows per second in the status bar;
 * Cancel stops it and leaves no staging folder, no copy and no registration.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class DataImportCancelUiTest {

    private static Path folder;
    private Path temp;
    private MainWindowOnWorkspace window;

    @BeforeAll
    static void generate() throws IOException {
        folder = Files.createTempDirectory("retail-studio-import-cancel-data").resolve("big-export");
        // big enough that the conversion runs for a few seconds even on a quiet machine
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(60_000).withDays(60), folder,
                GenerationProgress.NONE);
    }

    @Start
    void start(Stage stage) throws IOException {
        temp = Files.createTempDirectory("retail-studio-import-cancel-ui");
        window = MainWindowOnWorkspace.open(stage, temp.resolve("workspace"),
                UiTestSupport.user(Optional.of(folder), Optional.empty()), Section.DATA);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    @Test
    void cancellingTheImportLeavesNoFilesBehind(FxRobot robot) throws Exception {
        UiTestSupport.waitUntilIdle(window.context().tasks());
        Path datasets = temp.resolve("workspace").resolve("datasets");
        List<Path> before = children(datasets);
        robot.clickOn("#data-open-folder");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#data-preview").query().isVisible(), "the folder is previewed: "
                + robot.lookup("#data-error").queryAs(atlantafx.base.controls.Message.class).getDescription());
        Button importButton = robot.lookup("#data-import").queryButton();
        assertTrue(!importButton.isDisabled(), "a usable folder can be imported");
        robot.interact(importButton::fire);

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#status-task").queryAs(Label.class)
                .getText().contains("rows/s"));
        String shown = robot.lookup("#status-task").queryAs(Label.class).getText();
        assertTrue(shown.matches(".*: [0-9,]+ rows, [0-9,]+ rows/s"), shown);
        assertTrue(children(datasets).stream().anyMatch(p -> p.getFileName().toString().startsWith(".importing-")),
                "the conversion writes into a staging folder");
        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.context().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Cancelled; the workspace is unchanged.", window.context().tasks().running().isEmpty()
                ? robot.lookup("#data-error").queryAs(atlantafx.base.controls.Message.class).getDescription() : "");
        assertEquals(before, children(datasets), "no staging folder, no columnar copy, no CSV copy left");
        assertEquals(1, window.session().workspace().dataSets().list().size(), "only the bundled sample");
    }

    private static List<Path> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
