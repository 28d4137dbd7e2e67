package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** Work run on a pool fails with the exception its task threw (see {@link FutureResults}). */
class FutureResultsTest {

    @Test
    void aFinishedTaskGivesItsValue() throws InterruptedException {
        assertEquals(42, FutureResults.get(CompletableFuture.completedFuture(42)));
    }

    @Test
    void aTaskThatThrewARuntimeExceptionThrowsThatSameException() {
        CancellationException cancelled = new CancellationException("the comparison was cancelled");
        Future<Integer> future = ranAndThrew(cancelled);

        assertSame(cancelled, assertThrows(CancellationException.class, () -> FutureResults.get(future)));
    }

    @Test
    void aTaskThatThrewACheckedExceptionThrowsAnIllegalStateAroundIt() {
        IOException broken = new IOException("disk gone");
        Future<Integer> future = ranAndThrew(broken);

        assertSame(broken, assertThrows(IllegalStateException.class, () -> FutureResults.get(future)).getCause());
    }

    /** A task run on a pool as it would be, that failed with {@code failure}: its future wraps it. */
    private static Future<Integer> ranAndThrew(Exception failure) {
        FutureTask<Integer> task = new FutureTask<>(() -> {
            throw failure;
        });
        task.run();
        return task;
    }
}
