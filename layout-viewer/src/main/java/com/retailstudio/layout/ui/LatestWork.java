package com.retailstudio.layout.ui;

import com.retailstudio.ui.task.RunningTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Store layouts section's long work, of which only the latest asked for counts: each request takes the next
 * ticket and its results are published only while that ticket is the latest, so a slow earlier analysis never
 * overwrites a later one. Busy from a request until the latest ends, with its running task for progress and Cancel.
 */
final class LatestWork {

    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyObjectWrapper<RunningTask> running = new ReadOnlyObjectWrapper<>(this, "running");
    private long latest;

    /** A new request: the section is busy; returns its ticket. */
    long next() {
        busy.set(true);
        return ++latest;
    }

    boolean isLatest(long ticket) {
        return ticket == latest;
    }

    /** Offers the task started for {@code ticket}, unless a later request came or it finished already (in tests). */
    void started(long ticket, RunningTask task) {
        if (isLatest(ticket)) {
            running.set(task.isDone() ? null : task);
        }
    }

    /** The latest work ended: not busy, nothing to cancel. */
    void ended() {
        busy.set(false);
        running.set(null);
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyObjectProperty<RunningTask> runningProperty() {
        return running.getReadOnlyProperty();
    }
}
