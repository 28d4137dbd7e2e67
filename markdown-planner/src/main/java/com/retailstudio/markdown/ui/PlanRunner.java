package com.retailstudio.markdown.ui;

import java.util.function.Consumer;

/**
 * Runs the section's long work (planning, export) off the JavaFX thread and reports back on it: the application
 * passes its task executor (progress and cancel in the status bar) through this, since this module cannot see the
 * application.
 */
public interface PlanRunner {

    /** What the work is told: how far it is, and whether the user cancelled it. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** The work itself; it should check {@link Progress#isCancelled()} between steps. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Runs the work; exactly one of the callbacks is called afterwards, on the JavaFX thread. */
    <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                 Runnable onCancelled);
}
