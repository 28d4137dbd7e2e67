package com.retailstudio.layout.ui;

/**
 * Runs a piece of the layout view's long work off the JavaFX thread under a title (the application passes its task
 * executor, so the work shows in the status bar); the work publishes its own results.
 */
@FunctionalInterface
public interface LayoutTaskRunner {

    void run(String title, Runnable work);

    /** Runs the work at once on the calling thread, for tests. */
    static LayoutTaskRunner direct() {
        return (title, work) -> work.run();
    }
}
