package com.retailstudio.ui.task;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of background work that has ended, as the executor tells its listeners: how it ended and how long it ran.
 *
 * @param problem what went wrong, for a failure (the error's message, or its kind when it has none)
 */
public record FinishedWork(String title, Outcome outcome, Duration took, Optional<String> problem) {

    /** How work ends. */
    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    public FinishedWork {
        Objects.requireNonNull(title);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(took);
        Objects.requireNonNull(problem);
    }

    /** The failure of {@code title} with {@code error}, named by its message (or its kind when it has none). */
    public static FinishedWork failed(String title, Duration took, Throwable error) {
        String message = error == null ? "unknown error" : error.getMessage() != null && !error.getMessage().isBlank()
                ? error.getMessage() : error.getClass().getSimpleName();
        return new FinishedWork(title, Outcome.FAILED, took, Optional.of(message));
    }
}
