package com.retailstudio.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which ended work is announced, and in what words. */
class WorkNoticeTest {

    private static final Duration LONG = Duration.ofSeconds(5);

    @Test
    void longWorkThatSucceededIsAnnouncedWithHowLongItTook() {
        FinishedWork work = new FinishedWork("Simulating Welcome", FinishedWork.Outcome.SUCCEEDED,
                Duration.ofMillis(12_400), Optional.empty());
        assertEquals(Optional.of(new WorkNotice("Done", "Simulating Welcome (12 s)", false)), WorkNotice.of(work, LONG));
    }

    @Test
    void longWorkThatFailedIsAnnouncedAsAnErrorNamingTheProblem() {
        FinishedWork work = FinishedWork.failed("Importing events", Duration.ofSeconds(184),
                new IllegalStateException("events.csv line 3: no customer_id"));
        assertEquals(Optional.of(new WorkNotice("Failed",
                "Importing events: events.csv line 3: no customer_id (after 3 min 4 s)", true)), WorkNotice.of(work, LONG));
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsKind() {
        FinishedWork work = FinishedWork.failed("Planning", Duration.ofSeconds(6), new NullPointerException());
        assertEquals(Optional.of("NullPointerException"), work.problem());
    }

    @Test
    void shortWorkAndWorkTheUserCancelledAreNotAnnounced() {
        assertTrue(WorkNotice.of(new FinishedWork("Comparing", FinishedWork.Outcome.SUCCEEDED, Duration.ofMillis(4_999),
                Optional.empty()), LONG).isEmpty(), "seen where it was asked for");
        assertTrue(WorkNotice.of(FinishedWork.failed("Comparing", Duration.ofMillis(300), new RuntimeException("x")),
                LONG).isEmpty(), "shown by the section that asked for it");
        assertTrue(WorkNotice.of(new FinishedWork("Simulating", FinishedWork.Outcome.CANCELLED, Duration.ofMinutes(2),
                Optional.empty()), LONG).isEmpty(), "the user cancelled it");
    }
}
