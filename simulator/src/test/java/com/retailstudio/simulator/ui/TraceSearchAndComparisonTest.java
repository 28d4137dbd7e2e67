package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyJson;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.model.TraceReason;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The view model's trace search, saved journeys and comparison, run on the calling thread on the bundled sample. */
class TraceSearchAndComparisonTest {
    static Path sample;

    @BeforeAll
    static void extract() throws IOException {
        sample = Files.createTempDirectory("simulation-search");
        BundledSample.extractTo(sample);
    }

    private final RecordingProgress progress = new RecordingProgress();
    private final List<Double> fractions = progress.fractions;
    private final AtomicBoolean cancel = progress.cancel;
    private final List<JourneyChoice> saved = new ArrayList<>();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(progress);
    private final SimulationViewModel model = new SimulationViewModel(tasks, () -> List.copyOf(saved));

    private static Journey cart() {
        return JourneyTemplates.load("cart-abandonment").orElseThrow();
    }

    @Test
    void savedVersionsAreOfferedAfterTheTemplatesAndUnreadableOnesCannotRun() throws Exception {
        assertEquals(JourneyTemplates.NAMES.size(), model.journeys().size());
        Journey slower = JourneyJson.parse(JourneyJson.toJson(cart()).replace("\"duration\": \"1h\"",
                "\"duration\": \"2h\""));
        saved.add(JourneyChoice.saved(slower, 2, "in_review", "ana"));
        saved.add(JourneyChoice.unreadable("broken", 1, "/nodes: is required"));
        model.refreshJourneys();
        assertEquals(JourneyTemplates.NAMES.size() + 2, model.journeys().size());
        JourneyChoice v2 = model.journeys().get(JourneyTemplates.NAMES.size());
        assertEquals("Cart abandonment · v2", v2.label());
        assertEquals("saved · in review · by ana", v2.detail());
        model.dataFolderProperty().set(sample);
        model.journeyProperty().set(model.journeys().get(JourneyTemplates.NAMES.size() + 1));
        assertFalse(model.canRunProperty().get(), "an unreadable version cannot run");
        model.journeyProperty().set(v2);
        assertTrue(model.canRunProperty().get());
        model.run();
        assertNotNull(model.summaryProperty().get(), model.feedbackProperty().get().text());
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9, "progress reaches the end: " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
        assertTrue(fractions.stream().filter(f -> f >= 0).count() > 3, "progress as customers are run");
        // Refreshing keeps the chosen version (and so its results).
        model.refreshJourneys();
        assertEquals(v2, model.journeyProperty().get());
        assertNotNull(model.summaryProperty().get());
    }

    @Test
    void aCustomerIsFoundByWhatHappenedAndByIdWithTheSameSteps() {
        model.dataFolderProperty().set(sample);
        model.traces().findByReasons();
        assertEquals("Run a simulation first: the search looks in the last run.", model.traces().traceMessageProperty().get());
        model.run();

        model.traces().traceReasons().addAll(List.of(TraceReason.FREQUENCY_CAP, TraceReason.SENT));
        model.traces().findByReasons();
        CustomerTraceViewModel.ShownTrace capped = model.traces().shownTraceProperty().get();
        assertNotNull(capped, model.traces().traceMessageProperty().get());
        assertTrue(capped.reasons().containsAll(List.of(TraceReason.FREQUENCY_CAP, TraceReason.SENT)));
        assertTrue(capped.steps().stream().anyMatch(s -> s.decision().equals("suppressed: frequency_cap")
                && s.reason().startsWith("at most ")), "the cap and its numbers are in the trace");
        assertTrue(model.traces().traceMessageProperty().get().contains("suppressed by a frequency cap"));

        if (capped.of() > 1) {
            model.traces().nextMatch();
            assertNotEquals(capped.customerId(), model.traces().shownTraceProperty().get().customerId());
        }
        model.traces().traceCustomerProperty().set(capped.customerId());
        model.traces().findById();
        assertEquals(capped.steps(), model.traces().shownTraceProperty().get().steps());
        assertEquals(capped.reasons(), model.traces().shownTraceProperty().get().reasons());

        model.traces().traceCustomerProperty().set("nobody");
        model.traces().findById();
        assertNull(model.traces().shownTraceProperty().get());
        assertEquals("No customer “nobody” in the data set.", model.traces().traceMessageProperty().get());

        // A question names the reasons: they replace the chosen ones and an example who had them all is shown.
        model.traces().traceCustomerProperty().set("Show me a customer who was held by quiet hours and converted");
        model.traces().search();
        assertEquals(Set.of(TraceReason.QUIET_HOURS, TraceReason.CONVERTED), model.traces().traceReasons());
        CustomerTraceViewModel.ShownTrace asked = model.traces().shownTraceProperty().get();
        assertNotNull(asked, model.traces().traceMessageProperty().get());
        assertTrue(asked.reasons().containsAll(model.traces().traceReasons()));
        assertTrue(asked.steps().stream().anyMatch(s -> s.decision().equals("deferred")));
        assertTrue(asked.steps().stream().anyMatch(s -> s.decision().equals("converted")));

        // Holdout customers receive nothing, so no example has both.
        model.traces().traceReasons().clear();
        model.traces().traceReasons().addAll(List.of(TraceReason.HOLDOUT, TraceReason.SENT));
        model.traces().findByReasons();
        assertNull(model.traces().shownTraceProperty().get());
        assertTrue(model.traces().traceMessageProperty().get().startsWith("No customer in this run"));
    }

    @Test
    void theTraceTabNeverContradictsItselfAndKeepsItsResultWhileTheSameJourneyStaysChosen() throws Exception {
        saved.add(JourneyChoice.saved(cart(), 1, "in review", "ana"));
        model.refreshJourneys();
        JourneyChoice inReview = model.journeys().get(JourneyTemplates.NAMES.size());
        assertEquals("saved · in review · by ana", inReview.detail());
        model.dataFolderProperty().set(sample);
        model.journeyProperty().set(inReview);
        model.run();
        model.traces().traceReasons().add(TraceReason.SENT);
        model.traces().findByReasons();
        assertNotNull(model.traces().shownTraceProperty().get());

        // Looked up by id, a customer who never entered: the line and the empty table say the same, and the reason
        // picked for the last search is no longer shown as picked.
        String never = Files.readAllLines(sample.resolve("customers.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).filter(id -> {
                    model.traces().traceCustomerProperty().set(id);
                    model.traces().search();
                    CustomerTraceViewModel.ShownTrace shown = model.traces().shownTraceProperty().get();
                    return shown != null && shown.steps().isEmpty();
                }).findFirst().orElseThrow();
        assertEquals(Set.of(), model.traces().traceReasons());
        assertEquals("Customer " + never + " never entered this journey.",
                model.traces().traceMessageProperty().get());
        assertEquals("Customer " + never + " never entered this journey, so there are no steps to show.",
                model.traces().emptyStepsText());

        // The list read again passes through no choice; the version is approved meanwhile: still the same journey,
        // so the run and the customer shown stay.
        model.journeyProperty().set(null);
        model.journeyProperty().set(inReview);
        saved.set(0, JourneyChoice.saved(cart(), 1, "approved", "ana"));
        model.refreshJourneys();
        assertEquals("saved · approved · by ana", model.journeyProperty().get().detail());
        assertNotNull(model.summaryProperty().get());
        assertEquals(never, model.traces().shownTraceProperty().get().customerId());

        // Another journey makes them stale: forgotten, with nothing left picked or said.
        model.journeyProperty().set(model.journeys().get(1));
        assertNull(model.summaryProperty().get());
        assertNull(model.traces().shownTraceProperty().get());
        assertEquals("", model.traces().traceMessageProperty().get());
        assertEquals("Search for a customer above.", model.traces().emptyStepsText());
    }

    @Test
    void twoJourneysAreComparedOnTheSameDataAndSeed() {
        model.dataFolderProperty().set(sample);
        model.journeyProperty().set(model.journeys().get(0));
        model.compareWithProperty().set(model.journeys().get(0));
        assertTrue(model.canCompareProperty().get());
        model.compare();
        SimulationComparison same = model.comparisonProperty().get();
        assertNotNull(same, model.compareFeedbackProperty().get().text());
        assertTrue(same.rows().stream().allMatch(r -> r.a().equals(r.b())), "the same journey twice is identical");
        assertTrue(same.rows().stream().filter(r -> !r.measure().equals("Uplift significant"))
                .allMatch(r -> r.difference().matches("0|\\+0\\.0 pts|\\+0\\.00 EUR|0\\.00")), same.rows().toString());

        model.compareWithProperty().set(model.journeys().get(1));
        assertNull(model.comparisonProperty().get(), "changing B clears the old comparison");
        model.compare();
        SimulationComparison different = model.comparisonProperty().get();
        assertEquals(model.journeys().get(0).journey().name(), different.a().journeyName());
        assertEquals(model.journeys().get(1).journey().name(), different.b().journeyName());
        assertEquals(model.journeys().get(1).label(), different.bLabel());
        assertEquals(different.a().customers(), different.b().customers());
        SimulationComparison.Row entered = different.rows().get(0);
        assertEquals("Customers who entered", entered.measure());
        assertEquals(KpiText.countChange(different.b().entered() - different.a().entered()), entered.difference());
        assertTrue(model.compareFeedbackProperty().get().text().contains("seed 42"));

        // The differences in conversion and uplift come with their paired interval, around the difference shown.
        SimulationComparison.Row rate = row(different, "Conversion rate, treated");
        PairedOutcomes.Difference conversion = different.conversionDifference();
        assertEquals(different.b().uplift().treatedRate() - different.a().uplift().treatedRate(),
                conversion.estimate(), 1e-12);
        assertTrue(conversion.low() < conversion.estimate() && conversion.estimate() < conversion.high());
        assertEquals(KpiText.interval(conversion), rate.interval());
        assertEquals(KpiText.interval(different.upliftDifference()),
                row(different, "Uplift in conversion (95 % CI)").interval());
        assertEquals(different.a().customers(), different.paired().customers());
        assertEquals("", row(different, "Messages sent").interval());
        // The same journey twice: every customer does the same in both runs, so the interval has no width.
        assertEquals("+0.0 to +0.0 pts", row(same, "Conversion rate, treated").interval());
    }

    private static SimulationComparison.Row row(SimulationComparison comparison, String measure) {
        return comparison.rows().stream().filter(r -> r.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void aCancelledRunKeepsNoResultsAndSaysSo() {
        model.dataFolderProperty().set(sample);
        cancel.set(true);
        model.run();
        assertNull(model.summaryProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("The simulation was cancelled.", model.feedbackProperty().get().text());
        assertEquals(Feedback.Severity.WARNING, model.feedbackProperty().get().severity(), "nothing broke");
        model.compareWithProperty().set(model.journeys().get(1));
        model.compare();
        assertNull(model.comparisonProperty().get());
        assertEquals("The comparison was cancelled.", model.compareFeedbackProperty().get().text());
        assertEquals(Feedback.Severity.WARNING, model.compareFeedbackProperty().get().severity());
        assertFalse(model.busyProperty().get());
        cancel.set(false);
        model.run();
        assertNotNull(model.summaryProperty().get());
    }

    @Test
    void questionsAreReadAsTheReasonsTheyName() {
        assertEquals(Set.of(TraceReason.NO_CONSENT), TraceQuestion.reasons("suppressed for no consent"));
        assertEquals(Set.of(TraceReason.FREQUENCY_CAP, TraceReason.HOLDOUT),
                TraceQuestion.reasons("Frequency cap, in the holdout"));
        assertEquals(Set.of(TraceReason.CONVERTED, TraceReason.SENT),
                TraceQuestion.reasons("received a message and converted"));
        assertEquals(Set.of(), TraceQuestion.reasons("C00000020"));
    }

    private static void assertNotEquals(Object a, Object b) {
        Assertions.assertNotEquals(a, b);
    }
}
