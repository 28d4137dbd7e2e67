package com.retailstudio.app.ui.markdowns;

import com.retailstudio.app.ui.task.BackgroundTask;
import com.retailstudio.app.ui.task.TaskExecutor;
import com.retailstudio.markdown.ui.PlanRunner;
import java.util.function.Consumer;

/** The Markdowns section's long work through the application's task executor: progress and cancel in the status bar. */
public final class TaskPlanRunner implements PlanRunner {

    private final TaskExecutor tasks;

    public TaskPlanRunner(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed,
                        Runnable cancelled) {
        tasks.execute(BackgroundTask.of(title, progress -> work.call(new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        })).onSuccess(done).onFailure(failed).onCancelled(cancelled));
    }
}
