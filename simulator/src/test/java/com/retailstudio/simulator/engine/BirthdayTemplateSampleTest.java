package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.TraceStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The birthday template on the bundled sample: every customer it emails gets the email at 09:00 on their own clock
 * three days before their birthday, and only customers who consented and whose birthday falls in the data's period;
 * every other such customer reached the email at that moment and was held back by a guardrail (holdout or cap).
 */
class BirthdayTemplateSampleTest {

    @Test
    void customersGetTheBirthdayEmailAtNineLocalThreeDaysBeforeTheirBirthday() {
        Journey birthday = JourneyTemplates.load("birthday").orElseThrow();
        CustomerData data = SampleData.data();
        Set<String> everyone = new HashSet<>();
        for (int c = 0; c < data.size(); c++) {
            everyone.add(data.id(c));
        }
        SimulationResults results = SimulationRun.execute(birthday, data,
                SimulationSettings.defaults(42).withTrace(everyone, 0), 2, 2, 0).results();

        int emailed = 0;
        int planned = 0;
        int missed = 0;
        int leftEarly = 0;
        Instant start = Instant.ofEpochSecond(data.horizonStart());
        Instant end = Instant.ofEpochSecond(data.horizonEnd());
        int email = 1 << ConsentPurpose.EMAIL_MARKETING.ordinal();
        int offers = 1 << ConsentPurpose.PERSONALISED_OFFERS.ordinal();
        for (int c = 0; c < data.size(); c++) {
            LocalDate born = LocalDate.ofEpochDay(data.birthDay(c));
            List<Instant> sent = results.traces().getOrDefault(data.id(c), List.of()).stream()
                    .filter(s -> s.nodeId().equals("email") && s.decision().equals("sent")).map(TraceStep::time)
                    .toList();
            Instant moment = nextMoment(born, data, c, start);
            boolean consented = (data.consentBits(c) & email) != 0 && (data.consentBits(c) & offers) != 0;
            if (consented && !moment.isAfter(end)) {
                planned++;
            }
            if (sent.isEmpty()) {
                if (consented && !moment.isAfter(end)) {
                    // reached the email at its moment and was held back by a guardrail (the holdout or a cap), or
                    // left before it by the goal: a click on another campaign's email in the data
                    List<TraceStep> trace = results.traces().get(data.id(c));
                    boolean heldBack = trace.stream().anyMatch(s -> s.nodeId().equals("email")
                            && s.time().equals(moment) && s.decision().startsWith("suppressed"));
                    boolean leftBefore = trace.stream().anyMatch(s -> s.nodeId().equals("birthday")
                            && s.time().isBefore(moment) && s.reason().equals("goal reached: email_click"));
                    assertTrue(heldBack || leftBefore, data.id(c) + " born " + born + ": " + trace);
                    missed++;
                    leftEarly += leftBefore ? 1 : 0;
                }
                continue;
            }
            emailed++;
            assertEquals(List.of(moment), sent, data.id(c) + " born " + born + " in " + data.zone(c));
            assertTrue(consented, data.id(c) + " was emailed without consent");
        }
        // about a quarter of the consenting customers have their birthday in the sample's 90 days; 10 % are held out
        assertTrue(planned > 200, "planned " + planned);
        assertEquals(planned, emailed + missed);
        assertTrue(emailed >= planned * 0.6, "emailed " + emailed + " of " + planned + ", " + leftEarly
                + " left early by the goal");
        assertEquals(emailed, results.sent(results.actionKeys().indexOf("email")));
    }

    /** 09:00 local three days before the first anniversary of {@code born} whose moment is at or after {@code from}. */
    private static Instant nextMoment(LocalDate born, CustomerData data, int c, Instant from) {
        int year = from.atZone(data.zone(c)).getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            Instant moment = ZonedDateTime.of(born.withYear(y).minusDays(3), LocalTime.of(9, 0), data.zone(c))
                    .toInstant();
            if (!moment.isBefore(from)) {
                return moment;
            }
        }
        throw new IllegalStateException("no anniversary");
    }
}
