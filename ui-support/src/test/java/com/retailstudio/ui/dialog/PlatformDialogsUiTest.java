package com.retailstudio.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The platform's confirmation on the real toolkit: true only for the named action; a user who asks nothing says no. */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class PlatformDialogsUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @Test
    void aConfirmationIsTrueOnlyWhenTheUserPressesTheAction(FxRobot robot) throws Exception {
        List<Boolean> answers = new CopyOnWriteArrayList<>();
        DialogService dialogs = DialogService.platform();
        Platform.runLater(() -> answers.add(dialogs.confirm("Drop the rules", "Drop the category's own rules?",
                "Drop them")));
        press(robot, "Drop them");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answers.size() == 1);

        Platform.runLater(() -> answers.add(dialogs.confirm("Drop the rules", "Drop the category's own rules?",
                "Drop them")));
        press(robot, "Cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answers.size() == 2);

        assertEquals(List.of(true, false), answers);
    }

    /** Presses the dialog's button named {@code text} once the dialog is showing. */
    private static void press(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, text).isPresent());
        Button button = shown(robot, text).orElseThrow();
        robot.interact(button::fire);
    }

    private static Optional<Button> shown(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream().filter(b -> text.equals(b.getText())
                && b.getScene() != null && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing())
                .findFirst();
    }

    @Test
    void aUserWhoAnswersNothingCancelsEveryQuestion() {
        DialogService none = DialogService.none();
        assertFalse(none.confirm("Drop the rules", "Drop them?", "Drop them"));
        assertEquals(Optional.empty(), none.chooseFileToSave("Export", "plan.xlsx",
                List.of(new FileType("Excel workbook (*.xlsx)", "*.xlsx"))));
        assertEquals(Optional.empty(), none.chooseFolder("Open"));
    }
}
