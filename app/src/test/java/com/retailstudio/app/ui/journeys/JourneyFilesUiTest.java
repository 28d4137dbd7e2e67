package com.retailstudio.app.ui.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.app.ui.MainWindowOnWorkspace;
import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.app.ui.shell.Section;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.library.LibraryEntry;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.designer.ui.JourneyCanvasView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Import and export journey file from the Journeys section's File menu, the user answering the file dialogs. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneyFilesUiTest {

    private Path folder;
    private MainWindowOnWorkspace window;
    /** The files the user picks, in order, when asked for one to open. */
    private final Deque<Path> opened = new ArrayDeque<>();
    private Path savedTo;
    private String suggested;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("retail-studio-files-test");
        DialogService user = new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String kind, String pattern) {
                return Optional.ofNullable(opened.poll());
            }

            @Override
            public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind, String pattern) {
                suggested = suggestedName;
                return Optional.of(savedTo);
            }
        };
        window = MainWindowOnWorkspace.openQuietlyAs("ana", stage, folder.resolve("workspace"), user,
                Section.JOURNEYS);
        window.shell().show(Section.JOURNEYS);
    }

    @AfterEach
    void closeWorkspace() {
        window.close();
    }

    private void choose(FxRobot robot, String item) {
        robot.clickOn("#journey-file");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBrokenFileIsRefusedByNameAndPointerAGoodOneBecomesADraftAndTheDraftExports(FxRobot robot)
            throws Exception {
        Journey winback = JourneyTemplates.load("winback").orElseThrow();
        String good = JourneyJson.toJson(winback);
        Path broken = Files.writeString(folder.resolve("winback-broken.json"),
                good.replaceFirst("\"holdoutPercent\": [0-9.]+", "\"holdoutPercent\": \"ten\""));
        opened.add(broken);
        choose(robot, "#journey-import");
        Label startMessage = robot.lookup("#journey-start-message").queryAs(Label.class);
        assertTrue(startMessage.isVisible(), "with no journey open the refusal is shown on the start page");
        String refusal = startMessage.getText();
        assertTrue(refusal.startsWith("winback-broken.json was not imported: at /guardrails/holdoutPercent"),
                refusal);
        assertEquals(List.of(), window.session().journeyLibrary().list(), "nothing in the workspace changed");
        window.screenshot(robot, "journeys-import-refused.png");

        opened.add(Files.writeString(folder.resolve("winback.json"), good));
        choose(robot, "#journey-import");
        assertEquals(List.of("winback"),
                window.session().journeyLibrary().list().stream().map(LibraryEntry::id).toList());
        Journey shown = robot.lookup("#journey-canvas").queryAs(JourneyCanvasView.class).journeyProperty().get();
        assertEquals(winback.withVersion(1), shown);
        window.screenshot(robot, "journeys-imported.png");

        savedTo = folder.resolve("exported.json");
        choose(robot, "#journey-export");
        assertEquals("winback.json", suggested);
        assertEquals(JourneyJson.toJson(shown), Files.readString(savedTo));
    }
}
