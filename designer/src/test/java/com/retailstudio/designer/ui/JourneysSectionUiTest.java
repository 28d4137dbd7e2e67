package com.retailstudio.designer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.designer.library.InMemoryJourneyLibrary;
import com.retailstudio.designer.ui.properties.InspectorScreenshots;
import com.retailstudio.testsupport.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Journeys section whole, as a person sees it at 1280 × 800: its start (an empty library, an import refused),
 * the editor with a journey open and what the last command did, and a refusal in the editor; written to
 * target/screenshots for a person to look at, light and dark.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class JourneysSectionUiTest {

    private JourneysViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new JourneysViewModel(new InMemoryJourneyLibrary(Clock.systemUTC(), "ana"));
        scene = new Scene(new JourneysView(model), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheStartTheEditorAndWhatEachCommandDid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#journey-start").query().isVisible(), "an empty library offers the templates");
        robot.interact(() -> model.files().importFiles(List.of(Path.of("missing.json"))));
        Labeled startMessage = robot.lookup("#journey-start-message").queryAs(Labeled.class);
        assertTrue(startMessage.isVisible());
        assertTrue(startMessage.getText().startsWith("missing.json was not imported"), startMessage.getText());
        assertTrue(startMessage.getStyleClass().contains("danger"), "a refusal reads in the theme's danger colour");
        Screenshots.write(robot, scene, "journeys-section-start.png");

        robot.clickOn("#journey-start-winback");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#journey-start").query().isVisible(), "a journey is open");
        Path exported = Files.createTempDirectory("journeys-section").resolve("winback.json");
        robot.interact(() -> model.files().exportFile(exported));
        Labeled message = robot.lookup("#journey-message").queryAs(Labeled.class);
        assertTrue(message.isVisible());
        assertEquals("Exported the draft of " + model.editor().journeyProperty().get().name() + " to winback.json.",
                message.getText());
        assertTrue(message.getStyleClass().contains("success"), message.getStyleClass().toString());
        assertFalse(message.getStyleClass().contains("danger"), "one severity at a time");
        Screenshots.write(robot, scene, "journeys-section-editor.png");
        InspectorScreenshots.dark(robot);
        Screenshots.write(robot, scene, "journeys-section-editor-dark.png");
        InspectorScreenshots.light(robot);

        robot.interact(() -> model.files().importFiles(List.of(Path.of("missing.json"))));
        assertTrue(message.getText().startsWith("missing.json was not imported"), message.getText());
        assertTrue(message.getStyleClass().contains("danger"), message.getStyleClass().toString());
        Node canvas = robot.lookup("#journey-canvas").query();
        assertTrue(canvas.isVisible(), "a refusal leaves the open journey on the canvas");
        Screenshots.write(robot, scene, "journeys-section-refused.png");
    }
}
