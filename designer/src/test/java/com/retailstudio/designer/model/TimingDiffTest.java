package com.retailstudio.designer.model;

import static com.retailstudio.designer.TestJourneys.at;
import static com.retailstudio.designer.TestJourneys.clean;
import static com.retailstudio.designer.TestJourneys.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A reviewer sees every timing change between two versions in words. */
class TimingDiffTest {

    private static List<String> descriptions(Journey a, Journey b) {
        return JourneyDiff.between(a, b).changes().stream().map(JourneyDiff.Change::description).toList();
    }

    @Test
    void aWaitUntilALocalTimeABestHourSendAndExitCriteriaAreListed() {
        Journey morning = replacing(clean(), new JourneyNode.Wait("wait", "Wait for purchase", at(480, 0),
                Duration.ZERO, Optional.of("purchase"), Optional.of(new WaitUntil.TimeOfDay(LocalTime.of(9, 0)))));
        assertEquals(List.of("\"Wait for purchase\": Until purchase, max next 09:00 local (was: Until purchase, max "
                + "3 days)."), descriptions(clean(), morning));

        Journey bestHour = replacing(clean(), new JourneyNode.Action("email", "Reminder email", at(240, 0),
                Message.of(JourneyChannel.EMAIL, MessageKind.REMINDER, "cart-reminder"), true));
        assertEquals(List.of("\"Reminder email\" now sends at the customer's best hour (was at once)."),
                descriptions(clean(), bestHour));

        Journey exits = clean().withExitCriteria(List.of(new ExitCriterion.OnEvent("unsubscribe")));
        assertEquals(List.of("The exit criteria are now on unsubscribe (were none)."), descriptions(clean(), exits));
    }
}
