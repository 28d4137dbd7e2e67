package com.retailstudio.layout.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.RunningTask;
import org.junit.jupiter.api.Test;

class LatestWorkTest {

    private final LatestWork work = new LatestWork();

    @Test
    void onlyTheLatestRequestCountsAndItsTaskIsOfferedUntilItEnds() {
        long first = work.next();
        RunningTask firstTask = running("first");
        work.started(first, firstTask);
        assertTrue(work.busyProperty().get());
        assertSame(firstTask, work.runningProperty().get());

        long second = work.next();
        assertFalse(work.isLatest(first), "a later request supersedes the first");
        assertTrue(work.isLatest(second));
        work.started(first, running("late start of the first"));
        assertSame(firstTask, work.runningProperty().get(), "a superseded task is not offered");
        RunningTask secondTask = running("second");
        work.started(second, secondTask);
        assertSame(secondTask, work.runningProperty().get());

        work.ended();
        assertFalse(work.busyProperty().get());
        assertNull(work.runningProperty().get(), "nothing left to cancel");
    }

    @Test
    void aTaskThatFinishedBeforeItWasOfferedIsNotOffered() {
        long ticket = work.next();
        work.started(ticket, new CurrentThreadTaskExecutor().execute(BackgroundTask.of("at once", progress -> 1)));
        assertNull(work.runningProperty().get());
    }

    private static RunningTask running(String title) {
        return new HeldTask(title);
    }
}
