package com.retailstudio.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's executor on the real JavaFX toolkit: success, failure and cancel each reach exactly their callback
 * on the JavaFX thread, and work asked for while the window closes is cancelled.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorUiTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aTaskRunsOffTheFxThreadAndReportsItsResultOnIt(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> executor.execute(BackgroundTask.of("sum", progress -> 2 + 3)
                .onSuccess(result -> seen.add(result + " on " + Thread.currentThread().getName()))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertEquals("5 on JavaFX Application Thread", seen.get(0));
        executor.shutdown();
    }

    @Test
    void workAskedForAfterShutdownIsCancelledInsteadOfThrowing(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.shutdown();
        List<String> seen = new CopyOnWriteArrayList<>();
        // e.g. a section re-planning because the data set changed while the window closes
        robot.interact(() -> executor.execute(BackgroundTask.of("late", progress -> "ran")
                .onSuccess(seen::add).onCancelled(() -> seen.add("cancelled"))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertEquals(List.of("cancelled"), seen);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> executor.running().isEmpty());
        assertTrue(executor.running().isEmpty());
    }

    @Test
    void aFailureReachesOnlyTheFailureCallbackOnTheFxThread(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> executor.execute(BackgroundTask.<String>of("broken", progress -> {
            throw new IllegalStateException("sales.csv:3: no price");
        }).onSuccess(result -> seen.add("success")).onCancelled(() -> seen.add("cancelled"))
                .onFailure(error -> seen.add(error.getMessage() + " on " + Thread.currentThread().getName()))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("sales.csv:3: no price on JavaFX Application Thread"), seen);
        executor.shutdown();
    }

    @Test
    void cancellingRunningWorkStopsItAndReachesOnlyTheCancelCallback(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Boolean> sawCancel = new AtomicReference<>(false);
        AtomicReference<RunningTask> running = new AtomicReference<>();
        robot.interact(() -> running.set(executor.execute(BackgroundTask.of("long", progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            return "finished anyway";
        }).onSuccess(seen::add).onFailure(error -> seen.add("failed"))
                .onCancelled(() -> seen.add("cancelled on " + Thread.currentThread().getName())))));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(1, executor.running().size());
        robot.interact(() -> running.get().cancel());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty() && sawCancel.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("cancelled on JavaFX Application Thread"), seen, "a result after Cancel is dropped");
        assertTrue(executor.running().isEmpty());
        executor.shutdown();
    }

    @Test
    void cancelPressedAfterTheWorkEndedButBeforeItsResultIsShownDropsTheResult(FxRobot robot) throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch workDone = new CountDownLatch(1);
        robot.interact(() -> {
            RunningTask task = executor.execute(BackgroundTask.of("quick", progress -> {
                workDone.countDown();
                return "result";
            }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled")));
            // on the JavaFX thread, so the result cannot be delivered yet: wait until the work itself has ended
            try {
                assertTrue(workDone.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            while (!task.isDone()) {
                Thread.onSpinWait();
            }
            task.cancel();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !seen.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("cancelled"), seen, "the user pressed Cancel before seeing the result");
        assertTrue(executor.running().isEmpty());
        executor.shutdown();
    }
}
