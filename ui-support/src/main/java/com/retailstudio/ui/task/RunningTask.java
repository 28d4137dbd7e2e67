package com.retailstudio.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A task that has been started: observable progress and message, and a way to cancel it. */
public interface RunningTask {

    String title();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    void cancel();

    boolean isDone();
}
