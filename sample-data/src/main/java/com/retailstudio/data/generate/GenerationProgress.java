package com.retailstudio.data.generate;

/** Receives progress from a running generation and tells it whether to stop. */
public interface GenerationProgress {

    /** Progress that nobody watches and that never cancels. */
    GenerationProgress NONE = (fraction, message) -> { };

    /** Called from the thread that called the generator; fraction runs from 0 to 1 and never goes back. */
    void update(double fraction, String message);

    /**
     * Polled often, also from the generator's worker threads; returning true stops the run, which then leaves no
     * output behind.
     */
    default boolean isCancelled() {
        return false;
    }
}
