package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.JourneyTemplates;
import com.retailstudio.designer.model.Edge;
import com.retailstudio.designer.model.Journey;
import com.retailstudio.simulator.engine.SimulationRun;
import com.retailstudio.simulator.model.SimulationResults;
import com.retailstudio.simulator.model.SimulationSettings;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model runs without a stage: the simulation and its publishing run on the test thread. */
class SimulationViewModelTest {

    @TempDir
    static Path sample;

    @BeforeAll
    static void extract() throws IOException {
        BundledSample.extractTo(sample);
    }

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final SimulationViewModel model = new SimulationViewModel(tasks);

    private Journey cartAbandonment() {
        return model.journeys().stream().map(JourneyChoice::journey).filter(j -> j.id().equals(
                JourneyTemplates.load("cart-abandonment").orElseThrow().id())).findFirst().orElseThrow();
    }

    private void choose(Journey journey) {
        model.journeyProperty().set(model.journeys().stream().filter(c -> journey.equals(c.journey())).findFirst()
                .orElseThrow());
    }

    @Test
    void offersTheFiveTemplatesAndCannotRunWithoutAnActiveDataSet() {
        assertEquals(JourneyTemplates.NAMES.size(), model.journeys().size());
        assertNotNull(model.journeyProperty().get());
        assertEquals("42", model.seedProperty().get());
        assertFalse(model.canRunProperty().get(), "no data set is active yet");
        model.run();
        assertTrue(tasks.titles().isEmpty(), "nothing runs without a data set");
        assertNull(model.summaryProperty().get());
    }

    @Test
    void runningCartAbandonmentOnTheSampleShowsTheEngineFigures() {
        SimpleObjectProperty<Path> active = new SimpleObjectProperty<>();
        model.follow(active, path -> path);
        active.set(sample);
        Journey journey = cartAbandonment();
        choose(journey);
        model.seedProperty().set("7");
        assertTrue(model.canRunProperty().get());

        model.run();

        assertEquals(List.of("Simulating " + journey.name()), tasks.titles());
        assertFalse(model.busyProperty().get());
        SimulationSummary summary = model.summaryProperty().get();
        assertNotNull(summary, model.feedbackProperty().get().text());
        assertEquals(7, summary.seed());
        assertEquals(3_000, summary.customers(), "every customer of the sample is played through");
        assertTrue(summary.entered() > 0);
        assertTrue(summary.treated() > 0 && summary.holdout() > 0, "the template holds customers out");

        // The same figures as the engine itself for the same journey, data and seed.
        SimulationResults direct = SimulationRun.execute(journey, sample, SimulationSettings.defaults(7)
                .withTrace(Set.of(), 0), 1, 1).results();
        assertEquals(direct.treatedCustomers(), summary.treated());
        assertEquals(direct.holdoutCustomers(), summary.holdout());
        assertEquals(direct.treatedConversions(), summary.treatedConversions());
        assertEquals(direct.uplift(), summary.uplift());

        // Uplift fields are present and consistent.
        var u = summary.uplift();
        assertEquals((double) summary.treatedConversions() / summary.treated(), u.treatedRate(), 1e-12);
        assertEquals((double) summary.holdoutConversions() / summary.holdout(), u.holdoutRate(), 1e-12);
        assertFalse(Double.isNaN(u.ciLow()) || Double.isNaN(u.ciHigh()) || Double.isNaN(u.incrementalRevenue()));
        assertTrue(u.ciLow() <= u.absolute() && u.absolute() <= u.ciHigh());
        assertEquals(u.ciLow() > 0 || u.ciHigh() < 0, summary.upliftSignificant());

        // Per-action sent counts add up to the total, and the holdout's sends are suppressed, never sent.
        assertFalse(summary.actions().isEmpty());
        long sent = summary.actions().stream().mapToLong(SimulationSummary.ActionFlow::sent).sum();
        assertTrue(sent > 0);
        assertEquals(summary.totalSent(), sent);
        assertTrue(summary.actions().stream().allMatch(a -> !a.channel().isEmpty()), "every action has a channel");
        assertTrue(summary.actions().stream().mapToLong(a -> a.suppressed().get(SuppressionReason.HOLDOUT)).sum() > 0);
        assertEquals((double) sent / summary.treated(), summary.messagesPerTreatedCustomer(), 1e-12);

        // The histogram counts every treated customer once, and its messages are the sends.
        long[] histogram = summary.messagesPerCustomer();
        assertEquals(summary.treated(), Arrays.stream(histogram).sum());
        long lowerBound = 0;
        for (int i = 0; i < histogram.length; i++) {
            lowerBound += (long) i * histogram[i];
        }
        if (histogram[histogram.length - 1] == 0) {
            assertEquals(sent, lowerBound);
        } else {
            assertTrue(lowerBound <= sent);
        }

        // Node flow: one row per step, the entry step counts everyone who entered.
        assertEquals(journey.nodes().size(), summary.nodes().size());
        SimulationSummary.NodeFlow entry = summary.nodes().stream().filter(n -> n.type().equals("entry"))
                .findFirst().orElseThrow();
        assertTrue(entry.entered() >= summary.entered());
        assertTrue(model.feedbackProperty().get().text().contains("3,000 customers"));
    }

    @Test
    void theFlowForTheCanvasIsTheEnginesPerPortCountsOnEachConnection() {
        model.dataFolderProperty().set(sample);
        Journey journey = cartAbandonment();
        choose(journey);
        model.run();

        SimulationFlow flow = model.flowProperty().get();
        assertNotNull(flow, model.feedbackProperty().get().text());
        assertEquals(journey, flow.journey());
        SimulationResults direct = SimulationRun.execute(journey, sample, SimulationSettings.defaults(42)
                .withTrace(Set.of(), 0), 1, 1).results();
        // Every connection of the template carries exactly the engine's count for the port it leaves from.
        assertEquals(Set.copyOf(journey.edges()), flow.passed().keySet());
        List<String> ids = direct.nodeIds();
        int checked = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertEquals(direct.entered(i), flow.entered().get(id), "entered " + id);
            for (Edge edge : journey.edgesFrom(id)) {
                assertEquals(direct.passed(i, edge.port()), flow.passed().get(edge), edge.describe());
                checked++;
            }
        }
        assertEquals(journey.edges().size(), checked);
        assertEquals(journey.nodes().size(), flow.entered().size());
        // Not a blank overlay: customers pass along the connections, and not the same number along each.
        assertTrue(flow.passed().values().stream().mapToLong(Long::longValue).sum() > 0);
        assertTrue(flow.passed().values().stream().distinct().count() > 1);
        // A connection ends where the next step begins: what passed along all connections into a step (other than
        // the entry) is what entered it.
        for (var node : journey.nodes()) {
            long in = flow.passed().entrySet().stream().filter(e -> e.getKey().to().equals(node.id()))
                    .mapToLong(Map.Entry::getValue).sum();
            if (journey.edges().stream().anyMatch(e -> e.to().equals(node.id()))) {
                assertEquals(flow.entered().get(node.id()), in, "into " + node.id());
            }
        }
    }

    @Test
    void changingTheActiveDataSetOrJourneyClearsTheResults() {
        SimpleObjectProperty<Path> active = new SimpleObjectProperty<>(sample);
        model.follow(active, path -> path);
        model.run();
        assertNotNull(model.summaryProperty().get());
        assertNotNull(model.flowProperty().get());
        model.journeyProperty().set(model.journeys().get(1));
        assertNull(model.summaryProperty().get(), "results of another journey are not shown");
        assertNull(model.flowProperty().get(), "nor its flow");
        model.run();
        assertNotNull(model.summaryProperty().get());
        active.set(null);
        assertNull(model.summaryProperty().get());
        assertFalse(model.canRunProperty().get());
    }

    @Test
    void aSeedThatIsNotANumberCannotRun() {
        model.dataFolderProperty().set(sample);
        assertTrue(model.canRunProperty().get());
        model.seedProperty().set("forty-two");
        assertFalse(model.canRunProperty().get());
        model.seedProperty().set(" 12 ");
        assertEquals(12L, model.parsedSeed().orElseThrow());
    }

    @Test
    void aFailedRunSaysWhyAndShowsNoResults() {
        model.dataFolderProperty().set(sample.resolve("missing"));
        model.run();
        assertNull(model.summaryProperty().get());
        assertFalse(model.busyProperty().get());
        Feedback said = model.feedbackProperty().get();
        assertTrue(said.text().startsWith("The simulation failed"), said.text());
        assertEquals(Feedback.Severity.DANGER, said.severity(), "a failure is shown as one");
    }
}
