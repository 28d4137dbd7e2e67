package com.retailstudio.ui.task;

import java.time.Duration;
import java.util.Optional;

/**
 * What is said when background work ends, and whether anything is: only work that ran at least a while (long enough
 * for the user to have turned to something else) and was not cancelled by them. Shorter work's outcome is seen where
 * it was asked for.
 *
 * @param failed whether the work failed (shown as an error, and longer)
 */
public record WorkNotice(String title, String text, boolean failed) {

    /** Work that runs at least this long is announced when it ends. */
    public static final Duration LONG_WORK = Duration.ofSeconds(5);

    /** The notice for {@code work}, if it ran at least {@code longWork} and succeeded or failed. */
    public static Optional<WorkNotice> of(FinishedWork work, Duration longWork) {
        if (work.took().compareTo(longWork) < 0) {
            return Optional.empty();
        }
        return switch (work.outcome()) {
            case SUCCEEDED -> Optional.of(new WorkNotice("Done", work.title() + " (" + took(work.took()) + ")",
                    false));
            case FAILED -> Optional.of(new WorkNotice("Failed", work.title() + ": " + work.problem().orElse("")
                    + " (after " + took(work.took()) + ")", true));
            case CANCELLED -> Optional.empty();
        };
    }

    /** "12 s", "3 min 4 s". */
    static String took(Duration d) {
        long seconds = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
