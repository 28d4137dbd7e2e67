package com.retailstudio.simulator.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for the result of work run on a pool, so a failing part surfaces as the exception its task threw (a
 * cancellation stays a cancellation) rather than wrapped in an {@link ExecutionException}.
 */
public final class FutureResults {

    private FutureResults() {
    }

    /**
     * The value of {@code future}, waiting for it; throws the task's own runtime exception when it failed, and an
     * {@link IllegalStateException} around any other failure. Interruption is the caller's to handle: it decides
     * whether that means cancelled or broken.
     */
    public static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
