package com.retailstudio.ui.task;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs background tasks on daemon threads, keeps the list of running ones for the status bar, and tells its listeners
 * (e.g. {@link WorkNotifications}) of each task that ends.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "retail-studio-task-" + threadCount.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    // One read-only view, made once: each unmodifiable view registers a listener on the list when it is made, and
    // making one per call (from any thread) both leaks listeners and races with change events on the JavaFX thread.
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);
    private final List<Consumer<FinishedWork>> finishedListeners = new CopyOnWriteArrayList<>();

    /** The tasks running now, oldest first; changes only on the JavaFX thread. */
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    /**
     * Tells {@code listener}, on the JavaFX thread, of every task that ends from now on, after the task's own callback.
     */
    public void onFinished(Consumer<FinishedWork> listener) {
        finishedListeners.add(listener);
    }

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        FxRunningTask<T> fxTask = new FxRunningTask<>(task);
        running.add(fxTask);
        long started = System.nanoTime();
        fxTask.task.stateProperty().addListener((observable, before, state) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            FinishedWork finished;
            switch (state) {
                case SUCCEEDED -> {
                    if (fxTask.cancelRequested) {
                        // Cancel was pressed after the work ended but before its result reached this thread: the
                        // user asked not to see it, so it is dropped as if the work had stopped in time.
                        task.cancelled();
                        finished = new FinishedWork(task.title(), FinishedWork.Outcome.CANCELLED, took,
                                Optional.empty());
                    } else {
                        task.succeeded(fxTask.task.getValue());
                        finished = new FinishedWork(task.title(), FinishedWork.Outcome.SUCCEEDED, took,
                                Optional.empty());
                    }
                }
                case FAILED -> {
                    task.failed(fxTask.task.getException());
                    finished = FinishedWork.failed(task.title(), took, fxTask.task.getException());
                }
                case CANCELLED -> {
                    task.cancelled();
                    finished = new FinishedWork(task.title(), FinishedWork.Outcome.CANCELLED, took, Optional.empty());
                }
                default -> {
                    return;
                }
            }
            running.remove(fxTask);
            finishedListeners.forEach(listener -> listener.accept(finished));
        });
        try {
            threads.execute(fxTask.task);
        } catch (RejectedExecutionException closing) {
            // the executor was shut down (the window is closing): work asked for now is cancelled, never started
            fxTask.task.cancel();
        }
        return fxTask;
    }

    @Override
    public void shutdown() {
        try {
            Platform.runLater(() -> List.copyOf(running).forEach(RunningTask::cancel));
        } catch (IllegalStateException toolkitNotRunning) {
            // Nothing can have been started without the toolkit; stopping the threads is enough.
        }
        threads.shutdownNow();
    }

    private static final class FxRunningTask<T> implements RunningTask {
        private final BackgroundTask<T> work;
        private final Task<T> task;

        /** Set on the JavaFX thread by {@link #cancel()}; read there when the task's state arrives. */
        private boolean cancelRequested;

        FxRunningTask(BackgroundTask<T> work) {
            this.work = work;
            this.task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    Task<T> self = this;
                    updateMessage(work.title());
                    updateProgress(-1, 1);
                    return work.run(new ProgressReporter() {
                        @Override
                        public void update(double fraction, String message) {
                            if (fraction < 0) {
                                updateProgress(-1, 1);
                            } else {
                                updateProgress(Math.min(1, fraction), 1);
                            }
                            updateMessage(message);
                        }

                        @Override
                        public boolean isCancelled() {
                            return self.isCancelled() || Thread.currentThread().isInterrupted();
                        }
                    });
                }
            };
        }

        @Override
        public String title() {
            return work.title();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return task.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return task.messageProperty();
        }

        @Override
        public void cancel() {
            cancelRequested = true;
            task.cancel(true);
        }

        @Override
        public boolean isDone() {
            return task.isDone();
        }
    }
}
