package com.retailstudio.markdown.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.Objective;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios: their file format, re-planning that keeps or drops changes by hand, and the side-by-side comparison. */
class ScenarioTest {

    private static MarkdownPlanner.FittedHistory history;

    @BeforeAll
    static void fit(@TempDir Path folder) throws Exception {
        BundledSample.extractTo(folder);
        history = MarkdownPlanner.fit(DataSetLoader.load(folder));
    }

    private static ScenarioRun run(Scenario scenario) {
        return ScenarioRun.of(history, scenario, () -> false, done -> { });
    }

    /** A planned row with a markdown, under the standard rules. */
    private static StorePlan markedDown() {
        return run(new Scenario("standard", RuleBook.standard(), List.of())).plan().plans().stream()
                .filter(p -> !p.holdsPrice()).findFirst().orElseThrow();
    }

    @Test
    void aScenarioFileSurvivesTheRoundTripAndProblemsNameTheirField() {
        Scenario scenario = new Scenario("budget 50", RuleBook.standard().withObjective(Objective.REVENUE)
                .withDefaults(MarkdownRules.defaults().withMarkdownBudget(50)), List.of(new Scenario.HandChange(
                "P00017", "S001", LocalDate.of(2026, 9, 7), 699)));
        assertEquals(scenario, ScenarioJson.read(ScenarioJson.write(scenario)));
        String good = ScenarioJson.write(scenario);
        assertEquals("/changes/0/price must be a positive number, not \"cheap\"", assertThrows(
                IllegalArgumentException.class, () -> ScenarioJson.read(good.replace("6.99", "\"cheap\"")))
                .getMessage());
        assertEquals("/rules/defaults/max_depth must be a number, not \"deep\"", assertThrows(
                IllegalArgumentException.class, () -> ScenarioJson.read(good.replaceFirst("\"max_depth\" : [0-9.]+",
                        "\"max_depth\" : \"deep\""))).getMessage());
        assertEquals("/changes/0/week must be a date like 2026-09-07, not \"soon\"", assertThrows(
                IllegalArgumentException.class, () -> ScenarioJson.read(good.replace("\"2026-09-07\"", "\"soon\"")))
                .getMessage());
    }

    @Test
    void rePlanningKeepsChangesThatStillKeepTheRulesAndSaysWhichItDroppedAndWhy() {
        StorePlan row = markedDown();
        int week = 0;
        while (row.planCents()[week] == row.currentCents()) {
            week++;
        }
        LocalDate markdownWeek = row.weeks().get(week);
        int deepest = row.basis().rungCents()[row.basis().rungCents().length - 1];
        List<Scenario.HandChange> changes = new ArrayList<>();
        // keep today's price instead of the markdown: always allowed
        changes.add(new Scenario.HandChange(row.productId(), row.storeId(), markdownWeek, row.currentCents()));
        // a price rise: never allowed
        changes.add(new Scenario.HandChange(row.productId(), row.storeId(), row.weeks().get(0),
                row.currentCents() + 100));
        // a product that is not planned
        changes.add(new Scenario.HandChange("P99999", row.storeId(), row.weeks().get(0), 100));

        ScenarioRun standard = run(new Scenario("by hand", RuleBook.standard(), changes));
        assertEquals(List.of(changes.get(0)), standard.kept());
        assertEquals(2, standard.dropped().size());
        assertTrue(standard.dropped().get(0).reason().contains("never go up"), standard.dropped().get(0).reason());
        assertTrue(standard.dropped().get(1).reason().contains("has no plan in store"));
        StorePlan changed = standard.plan().plans().stream().filter(p -> p.key().equals(row.key())).findFirst()
                .orElseThrow();
        assertEquals(row.currentCents(), changed.planCents()[week]);

        // the deepest rung by hand: kept under the standard rules, dropped when the maximum depth is halved
        List<Scenario.HandChange> deep = List.of(new Scenario.HandChange(row.productId(), row.storeId(),
                markdownWeek, deepest));
        assertEquals(1, run(new Scenario("deep", RuleBook.standard(), deep)).kept().size());
        ScenarioRun stricter = run(new Scenario("deep, shallower rules", new RuleBook(MarkdownRules.defaults()
                .withMaxDepth(0.35), Map.of()), deep));
        assertEquals(0, stricter.kept().size());
        assertTrue(stricter.dropped().get(0).reason().contains("is not a price this product may take"),
                stricter.dropped().get(0).reason());
    }

    @Test
    void scenariosCompareSideBySideWithTheDifferencePerCategory() {
        ScenarioRun margin = run(new Scenario("margin", RuleBook.standard(), List.of()));
        ScenarioRun revenue = run(new Scenario("revenue", RuleBook.standard().withObjective(Objective.REVENUE),
                List.of()));
        ScenarioComparison.Table table = ScenarioComparison.compare(List.of(margin, revenue));
        assertEquals(List.of("margin", "revenue"), table.columns().stream().map(ScenarioComparison.Column::objective)
                .toList());
        assertTrue(table.columns().get(1).revenue() >= table.columns().get(0).revenue() - 1e-6,
                "the revenue objective earns at least the margin plan's revenue");
        assertTrue(table.columns().get(0).margin() >= table.columns().get(1).margin() - 1e-6,
                "the margin objective earns at least the revenue plan's margin");
        double[] sums = new double[2];
        for (ScenarioComparison.CategoryRow row : table.categories()) {
            assertEquals(0, row.objectiveDifference(0));
            sums[0] += row.objective()[0];
            sums[1] += row.objective()[1];
            assertEquals(row.objective()[1] - row.objective()[0], row.objectiveDifference(1), 1e-9);
        }
        assertEquals(table.columns().get(0).objectiveValue(), sums[0], 1e-6);
        assertEquals(table.columns().get(1).objectiveValue(), sums[1], 1e-6);
        String text = ScenarioText.table(table);
        assertTrue(text.contains("difference from \"margin\""), text);
    }

    @Test
    void aScenarioCarriesThePlansMarkdownBudgetAndSaysHowItWasUsed() {
        Scenario scenario = new Scenario("budget 1,000 per plan", RuleBook.standard().withPlanMarkdownBudget(1000),
                List.of());
        assertEquals(scenario, ScenarioJson.read(ScenarioJson.write(scenario)));

        ScenarioRun run = run(scenario);

        assertTrue(run.plan().summary().markdownCost() <= 1000 + 1e-6, "within the budget");
        assertTrue(ScenarioText.describe(run).contains(String.format(Locale.ROOT,
                "Markdown budget 1,000.00 per plan: %,.2f used, binding", run.plan().summary().markdownCost())),
                ScenarioText.describe(run));
    }
}
