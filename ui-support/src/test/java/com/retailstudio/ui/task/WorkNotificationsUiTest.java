package com.retailstudio.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.retailstudio.testsupport.Screenshots;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finished and failed background work announced by ControlsFX notifications over the application's window, through
 * the executor every section uses; nothing is shown when no window of the application is showing.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class WorkNotificationsUiTest {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("A section")), 900, 420));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void finishedAndFailedWorkIsAnnouncedOverTheWindowAfterTheSectionsOwnCallback(FxRobot robot) throws Exception {
        WorkNotifications.install(executor, stage, work -> WorkNotice.of(work, Duration.ZERO));
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> executor.execute(BackgroundTask.of("Planning markdowns", progress -> 42)
                .onSuccess(result -> seen.add("section saw " + result))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notificationSaying("Planning markdowns").isPresent());
        assertEquals(List.of("section saw 42"), seen);
        PopupWindow popup = notificationSaying("Planning markdowns").orElseThrow();
        assertEquals(stage, popup.getOwnerWindow(), "over the application's window");
        Node bar = popup.getScene().getRoot().lookup(".notification-bar");
        Bounds onScreen = bar.localToScreen(bar.getLayoutBounds());
        double right = stage.getX() + stage.getWidth();
        assertTrue(onScreen.getCenterX() > stage.getX() + stage.getWidth() / 2
                && Math.abs(right - onScreen.getMaxX()) < 40, "in its right-hand corner: " + onScreen);

        robot.interact(() -> executor.execute(BackgroundTask.of("Importing events", progress -> {
            throw new IllegalStateException("events.csv line 3: no customer_id");
        })));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> notificationSaying("events.csv line 3: no customer_id").isPresent());
        PopupWindow failed = notificationSaying("events.csv line 3: no customer_id").orElseThrow();
        Screenshots.write(robot, failed.getScene(), "work-notification-failed.png");
        Screenshots.write(robot, popup.getScene(), "work-notification-done.png");
    }

    @Test
    void workThatEndsWithNoWindowShowingIsNotAnnounced(FxRobot robot) throws Exception {
        WorkNotifications.install(executor, stage, work -> WorkNotice.of(work, Duration.ZERO));
        robot.interact(stage::hide);
        runToTheEnd(robot, "Reading the audit log");
        assertTrue(notificationSaying("Reading the audit log").isEmpty(), "nobody to tell");
    }

    @Test
    void shortWorkIsNotAnnounced(FxRobot robot) throws Exception {
        WorkNotifications.install(executor, stage);
        runToTheEnd(robot, "Comparing v2 with v1");
        assertTrue(notificationSaying("Comparing v2 with v1").isEmpty(), "its outcome is seen where it was asked for");
    }

    /** Runs a task that succeeds at once, and waits until its own callback and what follows it have run. */
    private void runToTheEnd(FxRobot robot, String title) throws TimeoutException {
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> executor.execute(BackgroundTask.of(title, progress -> "done").onSuccess(seen::add)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A showing notification popup with a label containing {@code text}. */
    private static Optional<PopupWindow> notificationSaying(String text) {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(PopupWindow.class::cast)
                .filter(p -> p.getScene().getRoot().lookupAll(".notification-bar").size() > 0
                        && contains(p.getScene().getRoot(), text))
                .findFirst();
    }

    private static boolean contains(Node root, String text) {
        return root.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && l.getText() != null
                && l.getText().contains(text));
    }
}
