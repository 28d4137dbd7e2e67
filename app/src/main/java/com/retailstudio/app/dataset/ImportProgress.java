package com.retailstudio.app.dataset;

import java.util.concurrent.CancellationException;

/** Progress of an import, and the user's wish to stop it before anything is registered. */
public interface ImportProgress {

    ImportProgress NONE = (fraction, message) -> { };

    void update(double fraction, String message);

    default boolean isCancelled() {
        return false;
    }

    /** Stops the import here when the user cancelled it. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The import was cancelled.");
        }
    }
}
