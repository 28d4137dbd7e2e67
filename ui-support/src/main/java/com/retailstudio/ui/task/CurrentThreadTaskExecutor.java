package com.retailstudio.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs each task at once on the calling thread, for tests and headless rendering: the work is told what the given
 * {@link ProgressReporter} says, and afterwards exactly one callback runs, also on the calling thread — cancelled when
 * the reporter says the user cancelled, else success or failure. It remembers the titles it ran.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final ProgressReporter progress;
    private final List<String> titles = new ArrayList<>();

    /** Never cancelled, progress not reported. */
    public CurrentThreadTaskExecutor() {
        this(ProgressReporter.SILENT);
    }

    public CurrentThreadTaskExecutor(ProgressReporter progress) {
        this.progress = Objects.requireNonNull(progress);
    }

    /** The titles of the tasks run so far, oldest first. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        titles.add(task.title());
        T result;
        try {
            result = task.run(progress);
        } catch (Exception e) {
            if (progress.isCancelled()) {
                task.cancelled();
            } else {
                task.failed(e);
            }
            return finished(task.title());
        }
        if (progress.isCancelled()) {
            task.cancelled();
        } else {
            task.succeeded(result);
        }
        return finished(task.title());
    }

    @Override
    public void shutdown() {
    }

    private static RunningTask finished(String title) {
        ReadOnlyDoubleWrapper done = new ReadOnlyDoubleWrapper(1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(title);
        return new RunningTask() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return done.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                // Already finished: there is nothing left to cancel.
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
