package com.retailstudio.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {

    private final List<String> calls = new ArrayList<>();

    private <T> BackgroundTask<T> recorded(String title, BackgroundTask.Work<T> work) {
        return BackgroundTask.of(title, work)
                .onSuccess(result -> calls.add("success " + result))
                .onFailure(error -> calls.add("failure " + error.getMessage()))
                .onCancelled(() -> calls.add("cancelled"));
    }

    @Test
    void workRunsAtOnceAndOnlyTheSuccessCallbackFollows() {
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        RunningTask handle = tasks.execute(recorded("Counting", progress -> 6 * 7));
        assertEquals(List.of("success 42"), calls);
        assertTrue(handle.isDone());
        assertEquals(List.of("Counting"), tasks.titles());
    }

    @Test
    void anExceptionReachesOnlyTheFailureCallback() {
        new CurrentThreadTaskExecutor().execute(recorded("Reading", progress -> {
            throw new IllegalStateException("line 3: no price");
        }));
        assertEquals(List.of("failure line 3: no price"), calls);
    }

    @Test
    void theWorkIsToldTheProgressAndACancelledRunEndsInTheCancelledCallback() {
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> messages = new ArrayList<>();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(new ProgressReporter() {
            @Override
            public void update(double fraction, String message) {
                messages.add(fraction + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        });
        tasks.execute(recorded("Planning", progress -> {
            progress.update(0.5, "half way");
            cancel.set(true);
            if (progress.isCancelled()) {
                throw new CancellationException("stopped");
            }
            return 1;
        }));
        assertEquals(List.of("0.5 half way"), messages);
        assertEquals(List.of("cancelled"), calls);

        calls.clear();
        tasks.execute(recorded("Returns anyway", progress -> "partial"));
        assertEquals(List.of("cancelled"), calls, "work that ignores a cancel still ends as cancelled");
        assertEquals(List.of("Planning", "Returns anyway"), tasks.titles());
    }
}
