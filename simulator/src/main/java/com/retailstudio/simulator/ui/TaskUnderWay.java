package com.retailstudio.simulator.ui;

import com.retailstudio.ui.task.RunningTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one run or comparison the Simulation section has under way: busy from its start to its end, and its task, for
 * progress and cancel, while it runs.
 */
final class TaskUnderWay {

    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** The run or comparison under way, for its progress and cancel; null when none is. */
    private final ObjectProperty<RunningTask> running = new SimpleObjectProperty<>(this, "running");

    void started() {
        busy.set(true);
    }

    /** Keeps a task still running for {@link #cancel()}; one that finished at once (tests) is not kept. */
    void track(RunningTask task) {
        if (!task.isDone()) {
            running.set(task);
        }
    }

    void finished() {
        running.set(null);
        busy.set(false);
    }

    void cancel() {
        RunningTask task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return running;
    }
}
