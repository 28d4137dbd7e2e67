package com.retailstudio.ui.task;

/** The one way the application runs long work: off the UI thread, with progress and cancel. */
public interface TaskExecutor {

    /** Starts the task and returns a handle to watch or cancel it. */
    <T> RunningTask execute(BackgroundTask<T> task);

    /** Stops accepting work and cancels what is running. */
    void shutdown();
}
