package com.retailstudio.layout.ui;

import com.retailstudio.ui.task.RunningTask;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A task that was started and is held running (never finishes) until a test says otherwise; Cancel runs a hook. */
final class HeldTask implements RunningTask {

    private final String title;
    private final ReadOnlyDoubleWrapper progress;
    private final ReadOnlyStringWrapper message;
    private final Runnable onCancel;

    HeldTask(String title, double progress, String message, Runnable onCancel) {
        this.title = title;
        this.progress = new ReadOnlyDoubleWrapper(progress);
        this.message = new ReadOnlyStringWrapper(message);
        this.onCancel = onCancel;
    }

    HeldTask(String title) {
        this(title, 0, "", () -> { });
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        onCancel.run();
    }

    @Override
    public boolean isDone() {
        return false;
    }
}
