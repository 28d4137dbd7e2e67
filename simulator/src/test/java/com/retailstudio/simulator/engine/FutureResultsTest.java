package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
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
        FutureTask<Integer> future = new FutureTask<>(() -> {
            throw cancelled;
        });
        future.run();

        assertSame(cancelled, assertThrows(CancellationException.class, () -> FutureResults.get(future)));
    }

    @Test
    void aTaskThatThrewACheckedExceptionThrowsAnIllegalStateAroundIt() {
        IOException broken = new IOException("disk gone");
        FutureTask<Integer> future = new FutureTask<>(() -> {
            throw broken;
        });
        future.run();

        assertSame(broken, assertThrows(IllegalStateException.class, () -> FutureResults.get(future)).getCause());
    }
}
