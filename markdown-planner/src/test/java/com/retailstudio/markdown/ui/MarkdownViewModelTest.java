package com.retailstudio.markdown.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.markdown.io.RuleBookJson;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.scenario.Scenario;
import com.retailstudio.markdown.scenario.ScenarioComparison;
import com.retailstudio.ui.feedback.Feedback;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleField;
import com.retailstudio.markdown.model.RuleProblem;
import com.retailstudio.markdown.model.RulesForm;
import com.retailstudio.markdown.model.StorePlan;
import com.retailstudio.ui.task.CurrentThreadTaskExecutor;
import com.retailstudio.ui.task.ProgressReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownViewModelTest {

    private static Path sample;

    /** Runs the work at once on the calling thread and records the titles. */
    private final CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();

    @BeforeAll
    static void extractSample() throws Exception {
        sample = Files.createTempDirectory("markdown-vm");
        BundledSample.extractTo(sample);
    }

    @Test
    void plansTheActiveDataSetThroughTheRunnerWithTheLargestGainsFirst() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>();
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        assertNull(model.resultProperty().get());
        assertTrue(inline.titles().isEmpty(), "nothing to plan without a data set");

        active.set(sample.toString());

        assertEquals(List.of("Planning markdowns"), inline.titles());
        assertNotNull(model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(model.resultProperty().get().plans().size(), model.table().rows().size());
        for (int i = 1; i < model.table().rows().size(); i++) {
            assertTrue(gain(model.table().rows().get(i - 1)) >= gain(model.table().rows().get(i)), "sorted by gain at row " + i);
        }
        assertTrue(model.table().selectedProperty().get().weeks().size() >= 4);
        assertNotNull(model.demandOf(model.table().rows().get(0)));
    }

    @Test
    void aFailedPlanShowsOneMessageAndNoResult() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>();
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        active.set("/no/such/folder");
        assertNull(model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertTrue(model.errorProperty().get().text().startsWith("Could not plan markdowns: "), model.errorProperty().get().text());
    }

    @Tag("slow") // plans the whole sample three times; fast: the rest of this class
    @Test
    void appliedRulesAreSavedPlannedAgainAndReadByTheNextStart() {
        RuleBookStore store = RuleBookStore.inMemory();
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, store);
        model.start();
        String category = model.rules().categories().get(0);

        List<RuleProblem> problems = model.rules().applyRules(Optional.of(category),
                model.rules().formFor(Optional.of(category)).with(RuleField.MAX_DEPTH, "30"));

        assertEquals(List.of(), problems);
        assertEquals(List.of("Planning markdowns", "Planning markdowns"), inline.titles());
        assertTrue(store.read().isPresent(), "saved");
        PlanResult plan = model.resultProperty().get();
        assertTrue(plan.plans().stream().filter(p -> p.category().equals(category)).allMatch(p ->
                deepest(p) <= 0.30 + 1e-9), "no product of " + category + " deeper than 30 %");
        assertTrue(plan.plans().stream().anyMatch(p -> !p.category().equals(category) && deepest(p) > 0.30),
                "the other categories keep the defaults");

        MarkdownViewModel restarted = MarkdownViewModel.following(active, Path::of, inline, store);
        assertEquals(0.3, restarted.rules().rulesProperty().get().forCategory(category).maxDepth(), 1e-12);
        assertTrue(restarted.rules().hasOwnRules(category));
        restarted.rules().useDefaults(category);
        assertFalse(MarkdownViewModel.following(active, Path::of, inline, store).rules().hasOwnRules(category));
    }

    @Test
    void anImpossibleRuleIsNeverAppliedNorSaved() {
        RuleBookStore store = RuleBookStore.inMemory();
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, store);
        model.start();
        PlanResult before = model.resultProperty().get();
        RulesForm form = model.rules().formFor(Optional.empty()).with(RuleField.MAX_DEPTH, "5")
                .with(RuleField.MIN_WEEKS_BETWEEN, "60");

        List<RuleProblem> problems = model.rules().applyRules(Optional.empty(), form);

        assertEquals(List.of(RuleField.MAX_DEPTH, RuleField.MIN_WEEKS_BETWEEN),
                problems.stream().map(RuleProblem::field).toList());
        assertTrue(problems.get(1).message().contains("longer than the season"), problems.get(1).message());
        assertSame(before, model.resultProperty().get());
        assertEquals(1, inline.titles().size(), "not planned again");
        assertTrue(store.read().isEmpty(), "not saved");
    }

    @Test
    void aStepChangedByHandIsMarkedRescoredRefusedWhenItBreaksARuleAndUndone() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        PlanResult before = model.resultProperty().get();
        StorePlan row = model.table().rows().stream().filter(p -> p.markdowns() >= 1).findFirst().orElseThrow();
        int week = 0;
        while (row.planCents()[week] == row.currentCents()) {
            week++;
        }
        model.table().selectedProperty().set(row);

        assertTrue(model.overrides().setStep(row, week, row.currentCents() + 100).isPresent(), "a price rise is refused");
        assertEquals(Feedback.Severity.DANGER, model.overrides().feedbackProperty().get().severity());
        assertSame(before, model.resultProperty().get());

        assertEquals(Optional.empty(), model.overrides().removeStep(row, week));

        PlanResult after = model.resultProperty().get();
        StorePlan changed = model.table().selectedProperty().get();
        assertEquals(row.key(), changed.key());
        assertTrue(model.overrides().isOverridden(changed));
        assertEquals(row.currentCents(), changed.planCents()[week]);
        assertEquals(before.summary().priceChanges() - countUnit(before, row), after.summary().priceChanges());
        assertTrue(model.table().rows().contains(changed), "the table shows the changed row");
        assertTrue(model.overrides().canUndoProperty().get());
        assertTrue(model.overrides().feedbackProperty().get().text().startsWith("Markdown removed by hand"),
                model.overrides().feedbackProperty().get().text());

        assertTrue(model.overrides().undoChange());

        assertSame(before, model.resultProperty().get());
        assertFalse(model.overrides().isOverridden(model.table().selectedProperty().get()));
        assertFalse(model.overrides().canUndoProperty().get());
        assertFalse(model.overrides().undoChange());
    }

    @Test
    void rePlanningKeepsTheChangesByHandThatStillKeepTheRulesAndSaysWhichItDroppedAndWhy() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        List<StorePlan> marked = model.table().rows().stream().filter(p -> p.markdowns() >= 1 && p.basis().rungCents().length > 3)
                .toList();
        StorePlan first = marked.get(0);
        int week = 0;
        while (first.planCents()[week] == first.currentCents()) {
            week++;
        }
        assertEquals(Optional.empty(), model.overrides().removeStep(first, week));
        StorePlan second = marked.stream().filter(p -> !p.productId().equals(first.productId())).findFirst()
                .orElseThrow();
        int deepest = second.basis().rungCents()[second.basis().rungCents().length - 1];
        assertEquals(Optional.empty(), model.overrides().setStep(second, second.weeks().size() - 1, deepest));
        assertEquals(2, model.overrides().changesByHand().size());

        // at most 40 % off: the removed markdown still fits, the deepest rung no longer does
        assertEquals(List.of(), model.rules().applyRules(Optional.empty(),
                model.rules().formFor(Optional.empty()).with(RuleField.MAX_DEPTH, "40")));

        assertEquals(1, model.overrides().changesByHand().size());
        StorePlan kept = model.table().rows().stream().filter(p -> p.key().equals(first.key())).findFirst().orElseThrow();
        assertTrue(model.overrides().isOverridden(kept));
        assertEquals(kept.currentCents(), kept.planCents()[week]);
        assertEquals(Feedback.Severity.DANGER, model.overrides().feedbackProperty().get().severity());
        String message = model.overrides().feedbackProperty().get().text();
        assertTrue(message.startsWith("Re-planned: kept 1 of 2 changes made by hand; dropped " + second.productId()
                + " in " + second.storeId()), message);
        assertTrue(message.contains("is not a price this product may take"), message);
    }

    @Test
    void switchingTheActiveDataSetKeepsTheChangesByHandSaysSoAndForgetsTheOldExportLine(@TempDir Path folder)
            throws Exception {
        Path other = Files.createDirectories(folder.resolve("autumn-export"));
        BundledSample.extractTo(other);
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        StorePlan marked = model.table().rows().stream().filter(p -> p.markdowns() >= 1).findFirst().orElseThrow();
        int week = 0;
        while (marked.planCents()[week] == marked.currentCents()) {
            week++;
        }
        assertEquals(Optional.empty(), model.overrides().removeStep(marked, week));
        model.export().export(folder.resolve("plan.csv"));
        assertTrue(model.export().feedbackProperty().get().text().contains("price changes written to"));

        // the Data section's list is read again while switching: the active data set is briefly none
        active.set(null);
        active.set(other.toString());

        assertEquals(1, model.overrides().changesByHand().size(), "the change by hand still keeps the rules on the new data");
        StorePlan kept = model.table().rows().stream().filter(p -> p.key().equals(marked.key())).findFirst().orElseThrow();
        assertTrue(model.overrides().isOverridden(kept));
        assertEquals("Re-planned: kept 1 of 1 change made by hand.", model.overrides().feedbackProperty().get().text());
        assertTrue(model.export().feedbackProperty().get().isEmpty(), "the line about the old plan's file is gone");
    }

    @Test
    void scenariosAreSavedWithTheRulesAndChangesByHandReadAgainAndComparedSideBySide() {
        ScenarioStore store = ScenarioStore.inMemory();
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, RuleBookStore.inMemory(),
                null, store);
        ScenarioBoard board = model.scenarios();
        board.compare();
        assertEquals("Nothing to compare yet: the active data set has not been planned.",
                board.messageProperty().get());
        model.start();
        board.save("  ");
        assertEquals("Name the scenario first.", board.messageProperty().get());
        board.save("as planned");
        assertEquals(List.of(), model.rules().applyRules(Optional.empty(),
                model.rules().formFor(Optional.empty()).with(RuleField.MAX_DEPTH, "40")));
        StorePlan row = model.table().rows().stream().filter(p -> p.markdowns() >= 1).findFirst().orElseThrow();
        int week = 0;
        while (row.planCents()[week] == row.currentCents()) {
            week++;
        }
        assertEquals(Optional.empty(), model.overrides().removeStep(row, week));
        board.save("at most 40 % off");
        assertEquals("Saved scenario \"at most 40 % off\": the current rules (objective margin) and 1 change by "
                + "hand.", board.messageProperty().get());

        board.compare();

        assertEquals("Comparing markdown scenarios", inline.titles().get(inline.titles().size() - 1));
        assertFalse(board.busyProperty().get());
        ScenarioComparison.Table table = board.comparisonProperty().get();
        assertEquals(List.of("as planned", "at most 40 % off"), table.columns().stream()
                .map(ScenarioComparison.Column::name).toList());
        assertTrue(table.columns().get(0).objectiveValue() >= table.columns().get(1).objectiveValue(),
                "looser rules earn at least as much");
        assertEquals(model.resultProperty().get().summary().objectiveValue(), table.columns().get(1).objectiveValue(),
                1e-6, "the scenario replays the plan shown, change by hand included");
        assertTrue(board.messageProperty().get().startsWith("Compared 2 scenarios"), board.messageProperty().get());

        // saved in the store: a new session reads them back
        MarkdownViewModel again = MarkdownViewModel.following(active, Path::of, inline, RuleBookStore.inMemory(),
                null, store);
        assertEquals(List.of("as planned", "at most 40 % off"), again.scenarios().saved().stream()
                .map(Scenario::name).toList());
        assertEquals(1, again.scenarios().saved().get(1).changes().size());
    }

    @Test
    void theObjectiveIsChosenForTheWholeRuleBookSavedWithItAndPlannedFor() {
        RuleBookStore store = RuleBookStore.inMemory();
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, store);
        model.start();
        assertEquals("margin", model.resultProperty().get().summary().objectiveName());

        model.rules().applyObjective(Objective.REVENUE);

        assertEquals("revenue", model.resultProperty().get().summary().objectiveName());
        assertEquals(Objective.REVENUE,
                RuleBookJson.read(store.read().orElseThrow()).objective());
        assertEquals(model.resultProperty().get().summary().revenue(),
                model.resultProperty().get().summary().objectiveValue(), 1e-6);
        assertEquals(Objective.REVENUE, MarkdownViewModel.following(active, Path::of,
                inline, store).rules().rulesProperty().get().objective(), "read back at the next start");
    }

    @Test
    void thePlansMarkdownBudgetIsSavedWithTheRulesAndThePlanKeepsIt() {
        RuleBookStore store = RuleBookStore.inMemory();
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, store);
        model.start();
        double unlimited = model.resultProperty().get().summary().markdownCost();
        double budget = Math.round(unlimited / 3);

        model.rules().applyPlanBudget(budget);

        PlanResult plan = model.resultProperty().get();
        assertTrue(plan.budget().binding());
        assertTrue(plan.summary().markdownCost() <= budget + 1e-6, plan.summary().markdownCost() + " of " + budget);
        assertEquals(budget, RuleBookJson.read(store.read().orElseThrow())
                .planMarkdownBudget());
        assertEquals(budget, MarkdownViewModel.following(active, Path::of, inline, store).rules().rulesProperty().get()
                .planMarkdownBudget(), "read back at the next start");

        model.rules().applyPlanBudget(Double.NaN);

        assertEquals(unlimited, model.resultProperty().get().summary().markdownCost(), 1e-6);
    }

    /** What a submission was given. */
    private record Sent(PlanResult plan, RuleBook rules, Path folder) {
    }

    @Test
    void submitForReviewSendsThePlanWithItsChangesByHandAndTheRulesItWasPlannedUnderAndSaysWhatHappened() {
        List<Sent> sent = new ArrayList<>();
        List<ReviewSubmission.Outcome> answers = new ArrayList<>(List.of(
                new ReviewSubmission.Submitted("markdowns-2026-09-07", 2),
                new ReviewSubmission.Refused("version 3 of plan markdowns-2026-09-07 is saved as a draft, but 2 "
                        + "problems must be fixed before it can be reviewed:", List.of("first breach.", "second."))));
        ReviewSubmission submission = (plan, rules, folder) -> {
            sent.add(new Sent(plan, rules, folder));
            return answers.remove(0);
        };
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline, RuleBookStore.inMemory(),
                submission);
        model.start();
        assertEquals(List.of(), model.rules().applyRules(Optional.empty(),
                model.rules().formFor(Optional.empty()).with(RuleField.MAX_DEPTH, "40")));
        StorePlan row = model.table().rows().stream().filter(p -> p.markdowns() >= 1).findFirst().orElseThrow();
        int week = 0;
        while (row.planCents()[week] == row.currentCents()) {
            week++;
        }
        assertEquals(Optional.empty(), model.overrides().removeStep(row, week));
        assertTrue(model.submission().isAvailable());

        model.submission().submit();

        assertEquals(1, sent.size());
        assertSame(model.resultProperty().get(), sent.get(0).plan(), "the plan as shown, changes by hand included");
        assertEquals(row.currentCents(), sent.get(0).plan().plans().stream().filter(p -> p.key().equals(row.key()))
                .findFirst().orElseThrow().planCents()[0]);
        assertEquals(0.4, sent.get(0).rules().defaults().maxDepth(), 1e-12);
        assertEquals(sample, sent.get(0).folder());
        assertEquals("Submitting the markdown plan for review", inline.titles().get(inline.titles().size() - 1));
        assertEquals("Submitted plan markdowns-2026-09-07 version 2: it is waiting for review in Approvals & export.",
                model.submission().feedbackProperty().get().text());
        assertNotEquals(Feedback.Severity.DANGER, model.submission().feedbackProperty().get().severity());
        assertFalse(model.submission().submittingProperty().get());

        model.submission().submit();

        assertEquals(Feedback.Severity.DANGER, model.submission().feedbackProperty().get().severity());
        assertEquals("Not submitted: version 3 of plan markdowns-2026-09-07 is saved as a draft, but 2 problems must "
                + "be fixed before it can be reviewed:", model.submission().feedbackProperty().get().text());
        assertEquals(List.of("first breach.", "second."), model.submission().problems());

        // a new plan clears what was said about the last one
        model.replan();
        assertTrue(model.submission().feedbackProperty().get().isEmpty());
        assertEquals(List.of(), model.submission().problems());
        assertFalse(MarkdownViewModel.following(active, Path::of, inline).submission().isAvailable());
    }

    @Test
    void theFilterNarrowsTheRowsAndTheirTotalsAndGroupsSplitThem() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        String store = model.table().rows().get(0).storeId();

        model.table().filterProperty().set(store.toLowerCase(Locale.ROOT));

        assertFalse(model.table().shownRows().isEmpty());
        assertTrue(model.table().shownRows().size() < model.table().rows().size());
        assertTrue(model.table().shownRows().stream().allMatch(p -> p.storeId().equals(store)
                || (p.productId() + p.productName() + p.category() + p.cluster()).toLowerCase(Locale.ROOT)
                .contains(store.toLowerCase(Locale.ROOT))));
        PlanTotals totals = model.table().shownTotalsProperty().get();
        assertEquals(model.table().shownRows().size(), totals.rows());
        assertEquals(model.table().shownRows().stream().mapToDouble(p -> p.plan().margin()).sum(), totals.margin(), 1e-6);

        model.table().filterProperty().set("");
        model.table().groupingProperty().set(Grouping.CATEGORY);
        assertEquals(model.rules().categories(), List.copyOf(model.table().groups().keySet()));
        assertEquals(model.table().rows().size(), model.table().groups().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void cancelledPlanningKeepsThePlanShownAndSaysSo() {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        boolean[] cancelNext = {false};
        CurrentThreadTaskExecutor cancelling = new CurrentThreadTaskExecutor(new ProgressReporter() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelNext[0];
            }
        });
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, cancelling);
        model.start();
        PlanResult before = model.resultProperty().get();
        cancelNext[0] = true;

        model.rules().applyRules(Optional.empty(), model.rules().formFor(Optional.empty()).with(RuleField.MAX_MARKDOWNS, "2"));

        assertSame(before, model.resultProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("Planning was cancelled; the plan shown is the one before.", model.noticeProperty().get().text());
    }

    @Tag("slow") // plans the sample and writes a workbook with POI; fast: PriceChangeWorkbookTest
    @Test
    void exportWritesCsvOrAWorkbookByTheFileNameAndSaysWhere() throws Exception {
        SimpleObjectProperty<String> active = new SimpleObjectProperty<>(sample.toString());
        MarkdownViewModel model = MarkdownViewModel.following(active, Path::of, inline);
        model.start();
        Path folder = Files.createTempDirectory("markdown-export");
        int changes = model.resultProperty().get().priceChanges().size();

        model.export().export(folder.resolve("plan.csv"));
        assertEquals(changes + 1, Files.readAllLines(folder.resolve("plan.csv")).size());
        assertEquals(String.format(Locale.ROOT, "%,d price changes written to %s", changes,
                folder.resolve("plan.csv")), model.export().feedbackProperty().get().text());

        model.export().export(folder.resolve("plan.xlsx"));
        try (var in = Files.newInputStream(folder.resolve("plan.xlsx"));
             var book = WorkbookFactory.create(in)) {
            assertEquals(changes, book.getSheet("Price changes").getLastRowNum());
        }
        assertEquals(List.of("Planning markdowns", "Exporting price changes", "Exporting price changes"),
                inline.titles());

        model.export().export(folder.resolve("missing").resolve("plan.xlsx"));
        assertEquals("Could not write " + folder.resolve("missing").resolve("plan.xlsx") + ": its folder does not "
                + "exist.", model.export().feedbackProperty().get().text());
    }

    private static long countUnit(PlanResult plan, StorePlan row) {
        return plan.plans().stream().filter(p -> p.productId().equals(row.productId())
                && p.basis().unit().equals(row.basis().unit())).count();
    }

    private static double deepest(StorePlan p) {
        int lowest = p.currentCents();
        for (int c : p.planCents()) {
            lowest = Math.min(lowest, c);
        }
        return lowest == p.currentCents() ? 0 : 1 - lowest / (p.fullPrice() * 100);
    }

    private static double gain(StorePlan p) {
        return p.plan().margin() - p.baseline().margin();
    }
}
