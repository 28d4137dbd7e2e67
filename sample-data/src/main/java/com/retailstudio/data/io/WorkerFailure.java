package com.retailstudio.data.io;

import java.io.IOException;

/** What another thread's failure becomes on the thread that waits for it: the same exception, thrown again. */
public final class WorkerFailure {

    private WorkerFailure() {
    }

    /**
     * Throws {@code failure} again when it is an {@link IOException}, a {@link RuntimeException} or an {@link Error};
     * returns when it is null or another checked exception, which the caller wraps as it sees fit.
     */
    public static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
