package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.designer.io.PortfolioTemplates;
import com.retailstudio.designer.library.InMemoryPortfolioRulesLibrary;
import com.retailstudio.designer.model.PortfolioRules;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portfolio run's view-model without a scene: journeys and rules chosen, run on the bundled sample. */
class PortfolioRunModelTest {
    static Path sample;
    static Path rulesFile;

    /** Caps shared across the three journeys, cart abandonment first, a 10 % global control. */
    static final String RULES = """
            {
              "schemaVersion": 1,
              "id": "shared",
              "name": "Shared caps",
              "caps": [{"channel": "all", "max": 1, "per": "1d"}, {"channel": "email", "max": 2, "per": "1w"}],
              "globalControlPercent": 10,
              "priority": ["cart-abandonment", "welcome-series", "winback"],
              "suppressedSegments": [],
              "suppressedCustomers": []
            }
            """;

    @BeforeAll
    static void extract() throws IOException {
        sample = Files.createTempDirectory("portfolio-model");
        BundledSample.extractTo(sample);
        rulesFile = Files.writeString(sample.resolve("shared.portfolio.json"), RULES);
    }

    private final RecordingProgress progress = new RecordingProgress();
    private final List<Double> fractions = progress.fractions;
    private final AtomicBoolean cancel = progress.cancel;
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor(progress);
    private final SimulationViewModel section = new SimulationViewModel(tasks);
    private final PortfolioRunModel model = section.portfolio();

    private JourneyChoice template(String id) {
        return model.offered().stream().filter(c -> c.journey().id().equals(id)).findFirst().orElseThrow();
    }

    private void chooseThree() {
        model.chosen().setAll(List.of(template("welcome-series"), template("winback"),
                template("cart-abandonment")));
    }

    @Test
    void threeJourneysRunTogetherUnderSharedRulesAndEachAlone() {
        section.dataFolderProperty().set(sample);
        model.readRulesFile(rulesFile);
        assertEquals("Shared caps · shared.portfolio.json", model.rulesProperty().get().label());
        chooseThree();
        assertTrue(model.canRunProperty().get(), model.whyNotProperty().get());
        model.run();
        PortfolioSummary summary = model.summaryProperty().get();
        assertNotNull(summary, model.feedbackProperty().get().text());
        assertFalse(section.busyProperty().get());
        assertTrue(fractions.stream().anyMatch(f -> f > 0 && f < 1), "progress is told as the customers go");

        // Decided in the rules' priority order, whatever order they were checked in.
        assertEquals(List.of("cart-abandonment", "welcome-series", "winback"),
                summary.journeys().stream().map(PortfolioSummary.JourneyLine::id).toList());
        assertEquals(List.of(0, 1, 2), summary.journeys().stream().map(PortfolioSummary.JourneyLine::rank).toList());
        PortfolioSummary.JourneyLine top = summary.journeys().get(0);
        assertEquals(0, top.suppressed(SuppressionReason.LOST_TO_PRIORITY), "nothing outranks the first journey");
        long lost = summary.journeys().stream().mapToLong(j -> j.suppressed(SuppressionReason.LOST_TO_PRIORITY))
                .sum();
        assertTrue(lost > 0, "a cap of one message a day makes the lower journeys lose sends: " + summary);
        PortfolioSummary.JourneyLine all = summary.portfolio();
        assertEquals(summary.journeys().stream().mapToLong(PortfolioSummary.JourneyLine::sent).sum(), all.sent());
        assertEquals(lost, all.suppressed(SuppressionReason.LOST_TO_PRIORITY));
        assertTrue(all.suppressed(SuppressionReason.GLOBAL_CONTROL) > 0, "the global control receives nothing");

        // Uplift against the global control with its interval; cannibalisation = the sum alone − together.
        assertTrue(all.uplift().holdout() > 0 && !Double.isNaN(all.uplift().ciLow()));
        assertTrue(all.uplift().ciLow() <= all.uplift().absolute() && all.uplift().absolute() <= all.uplift().ciHigh());
        assertTrue(summary.aloneRun());
        double sumAlone = summary.journeys().stream().mapToDouble(PortfolioSummary.JourneyLine::aloneIncremental)
                .sum();
        assertEquals(sumAlone, all.aloneIncremental(), 1e-6);
        assertEquals(all.aloneIncremental() - all.incremental(), summary.cannibalisation(), 1e-9);
        assertTrue(model.feedbackProperty().get().text().contains("seed 42"));

        // A change of the journeys makes the results stale.
        model.chosen().remove(0);
        assertNull(model.summaryProperty().get());
    }

    @Test
    void thePortfolioTemplateIsChosenWithItsJourneysSoANewUserCanRunItAtOnce() {
        assertEquals(PortfolioRulesChoice.template(PortfolioTemplates.SHARED_CAPS), model.rulesProperty().get());
        assertEquals(List.of("cart-abandonment", "welcome-series", "winback"),
                model.chosen().stream().map(c -> c.journey().id()).toList());
        section.dataFolderProperty().set(sample);
        assertTrue(model.canRunProperty().get(), model.whyNotProperty().get());
        model.run();
        PortfolioSummary summary = model.summaryProperty().get();
        assertNotNull(summary, model.feedbackProperty().get().text());
        // The simulator's own counterfactual (every customer also run without marketing) shows the journeys taking
        // conversions from each other on the sample: together they add less than the sum of each alone.
        assertTrue(summary.simulatedCannibalisation() > 0, summary.toString());
        assertEquals(summary.portfolio().aloneSimulated() - summary.portfolio().simulated(),
                summary.simulatedCannibalisation(), 1e-9);
        assertEquals(summary.journeys().stream().mapToDouble(PortfolioSummary.JourneyLine::aloneSimulated).sum(),
                summary.portfolio().aloneSimulated(), 1e-6);
    }

    @Test
    void theRunSaysWhatIsMissingBeforeItCanStart() {
        model.chosen().clear();
        assertEquals("Choose a data set in the Data section first.", model.whyNotProperty().get());
        section.dataFolderProperty().set(sample);
        assertEquals("Choose at least two journeys to run together.", model.whyNotProperty().get());
        model.chosen().add(template("welcome-series"));
        assertFalse(model.canRunProperty().get());
        JourneyChoice savedWelcome = JourneyChoice.saved(template("welcome-series").journey(), 3, "approved", "ana");
        model.chosen().add(savedWelcome);
        assertEquals("“Welcome series” and “Welcome series · v3” are the same journey (welcome-series): a journey "
                + "can be in the portfolio once.", model.whyNotProperty().get());
        model.chosen().set(1, template("winback"));
        section.seedProperty().set("forty-two");
        assertEquals("The seed on the left must be a whole number.", model.whyNotProperty().get());
        section.seedProperty().set("7");
        assertEquals("", model.whyNotProperty().get());
        assertTrue(model.canRunProperty().get());
        model.rulesProperty().set(model.rulesChoices().get(0));
        assertEquals("No shared rules", model.rulesProperty().get().label());
        model.run();
        assertNotNull(model.summaryProperty().get());
        assertTrue(Double.isNaN(model.summaryProperty().get().portfolio().uplift().ciLow()),
                "no global control, no uplift");
    }

    @Test
    void aRulesFileThatCannotBeReadNamesFileLineAndFieldAndChangesNothing() throws IOException {
        Path bad = Files.writeString(sample.resolve("bad.portfolio.json"), RULES.replace("\"max\": 1", "\"max\": -1"));
        PortfolioRulesChoice before = model.rulesProperty().get();
        model.readRulesFile(bad);
        Feedback said = model.feedbackProperty().get();
        assertEquals(Feedback.Severity.DANGER, said.severity());
        assertTrue(said.text().startsWith("The rules cannot be used: " + bad + " line 5, /caps/0/max: must be 0 or more"), said.text());
        assertEquals(before, model.rulesProperty().get());
        assertEquals(2, model.rulesChoices().size(), "none shared and the template");
    }

    @Test
    void theWorkspacesRuleVersionsAreOfferedNewestFirstAndTheNewestIsChosen() {
        InMemoryPortfolioRulesLibrary library = new InMemoryPortfolioRulesLibrary(Clock.systemUTC(), "ana");
        PortfolioRules first = new PortfolioRules("default", "Default", List.of(), 5, List.of(), List.of(), Set.of());
        library.save(first, 0);
        library.save(new PortfolioRules("default", "Default", List.of(), 8, List.of(), List.of(), Set.of()), 1);
        model.useWorkspaceRules(() -> PortfolioRulesChoice.inLibrary(library, List.of("default")));
        assertEquals(List.of("No shared rules", "Default · v2", "Default · v1",
                "Welcome, cart and win-back under shared caps"),
                model.rulesChoices().stream().map(PortfolioRulesChoice::label).toList());
        assertEquals(8, model.rulesProperty().get().rules().globalControlPercent());
        assertTrue(model.rulesProperty().get().detail().endsWith("by ana"), model.rulesProperty().get().detail());

        // The user's choice stays when the section is shown again and the library read again.
        model.rulesProperty().set(model.rulesChoices().get(2));
        library.save(new PortfolioRules("default", "Default", List.of(), 9, List.of(), List.of(), Set.of()), 2);
        section.refreshJourneys();
        assertEquals("Default · v1", model.rulesProperty().get().label());
        assertEquals(5, model.rulesChoices().size());
    }

    @Test
    void aCancelledPortfolioRunKeepsNoResultsAndSaysSo() {
        section.dataFolderProperty().set(sample);
        chooseThree();
        cancel.set(true);
        model.run();
        assertNull(model.summaryProperty().get());
        assertEquals("The portfolio run was cancelled.", model.feedbackProperty().get().text());
        assertFalse(section.busyProperty().get());
    }
}
