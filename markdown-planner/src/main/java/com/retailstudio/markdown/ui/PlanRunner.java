package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.PlanResult;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the planning off the JavaFX thread and reports back on it: the application passes its task executor (progress
 * and cancel in the status bar) through this, since this module cannot see the application.
 */
@FunctionalInterface
public interface PlanRunner {

    void run(String title, Callable<PlanResult> work, Consumer<PlanResult> onSuccess, Consumer<Throwable> onFailure);
}
