package com.retailstudio.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of long work with a title, run off the JavaFX thread by a {@link TaskExecutor};
 * the callbacks run on the JavaFX thread (or the caller's thread in tests).
 */
public final class BackgroundTask<T> {

    /** The work itself; it should check {@link ProgressReporter#isCancelled()} between steps. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressReporter progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public String title() {
        return title;
    }

    T run(ProgressReporter progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
