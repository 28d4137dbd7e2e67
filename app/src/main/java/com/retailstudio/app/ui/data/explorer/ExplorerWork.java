package com.retailstudio.app.ui.data.explorer;

import com.retailstudio.app.explore.ExploreException;
import com.retailstudio.ui.task.BackgroundTask;
import com.retailstudio.ui.task.RunningTask;
import com.retailstudio.ui.task.TaskExecutor;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One tab's background work: whether it is busy, the line that says what happened, and starting a task through
 * the application's executor (a new one cancels the one still running).
 */
final class ExplorerWork {

    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private RunningTask running;
    private long started;

    ExplorerWork(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The running task's share done (-1 while unknown). */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Cancels the running task, if any; its result is dropped. */
    void cancel() {
        Optional.ofNullable(running).ifPresent(RunningTask::cancel);
    }

    void say(String text) {
        message.set(text);
    }

    <T> void run(String title, BackgroundTask.Work<T> work, Consumer<T> done) {
        Optional.ofNullable(running).ifPresent(RunningTask::cancel);
        long mine = ++started;
        busy.set(true);
        message.set(title + "…");
        running = tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(result -> {
                    busy.set(false);
                    message.set("");
                    done.accept(result);
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(describe(error));
                })
                // a task cancelled because a newer one started leaves the newer one busy
                .onCancelled(() -> busy.set(busy.get() && mine != started)));
        progress.bind(running.progressProperty());
    }

    private static String describe(Throwable error) {
        if (error instanceof ExploreException) {
            return error.getMessage();
        }
        return "Could not finish: " + Optional.ofNullable(error.getMessage()).orElse(error.getClass().getSimpleName());
    }
}
