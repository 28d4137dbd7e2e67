package com.retailstudio.app.ui;

import com.retailstudio.ui.dialog.DialogService;
import com.retailstudio.testsupport.Screenshots;
import com.retailstudio.ui.task.FxTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for background work, and writing screenshots to look at. */
public final class UiTestSupport {

    /** Where UI tests leave their screenshots, for a person to open. */
    public static final Path SCREENSHOTS = Screenshots.FOLDER;

    private UiTestSupport() {
    }

    /** Waits until the executor has no running task and the JavaFX thread has handled what followed. */
    public static void waitUntilIdle(FxTaskExecutor tasks) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Snapshots the scene on the JavaFX thread and writes it under {@link #SCREENSHOTS}. */
    public static void writeScreenshot(FxRobot robot, Scene scene, String fileName) throws IOException {
        Screenshots.write(robot, scene, fileName);
    }

    /** A dialog service whose user picks nothing and says nothing. */
    public static DialogService silentUser() {
        return userWhoComments(Optional.empty());
    }

    /** A dialog service whose user picks no folder and answers every request for a comment with {@code comment}. */
    public static DialogService userWhoComments(Optional<String> comment) {
        return user(Optional.empty(), comment);
    }

    /** A dialog service whose user answers nothing and reads every message, which is kept in {@code read}. */
    public static DialogService userWhoReads(List<String> read) {
        DialogService silent = silentUser();
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return silent.chooseFolder(title);
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return silent.askComment(title, prompt, required);
            }

            @Override
            public void inform(String title, String message) {
                read.add(title + ": " + message);
            }
        };
    }

    /** A dialog service whose user picks {@code folder} whenever asked, and answers comments with {@code comment}. */
    /** A dialog service whose user picks the next folder of the queue each time one is asked for (none once empty). */
    public static DialogService userWhoPicksFolders(Queue<Path> folders) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.ofNullable(folders.poll());
            }
        };
    }

    public static DialogService user(Optional<Path> folder, Optional<String> comment) {
        return new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title) {
                return folder;
            }

            @Override
            public Optional<String> askComment(String title, String prompt, boolean required) {
                return comment;
            }
        };
    }
}
