package com.retailstudio.markdown.scenario;

import java.util.List;
import java.util.Locale;

/** Scenarios in plain text, for the command line: one paragraph per run and the side-by-side table. */
public final class ScenarioText {

    private ScenarioText() {
    }

    /** The run's totals and what became of its changes by hand, each dropped one with its reason. */
    public static String describe(ScenarioRun run) {
        ScenarioComparison.Column c = ScenarioComparison.compare(List.of(run)).columns().get(0);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Scenario \"%s\": %s %.2f; margin %.2f, "
                        + "revenue %.2f, sell-through %.1f %%, %.0f units left, markdown cost %.2f, %d price changes; "
                        + "%d of %d changes by hand kept%n", c.name(), c.objective(), c.objectiveValue(), c.margin(),
                c.revenue(), 100 * c.sellThrough(), c.unitsLeft(), c.markdownCost(), c.priceChanges(),
                run.kept().size(), run.scenario().changes().size()));
        if (run.plan().budget().hasBudget()) {
            out.append("  ").append(run.plan().budget().describe(run.plan().summary().markdownCost(),
                    run.plan().summary().objectiveValue())).append(String.format("%n"));
        }
        for (ScenarioRun.Dropped d : run.dropped()) {
            out.append(String.format(Locale.ROOT, "  dropped: %s in %s from the week of %s to %.2f — %s%n",
                    d.change().productId(), d.change().storeId(), d.change().week(), d.change().cents() / 100.0,
                    d.reason()));
        }
        return out.toString();
    }

    /** Scenarios side by side, then the objective per category with the difference from the first scenario. */
    public static String table(ScenarioComparison.Table table) {
        StringBuilder out = new StringBuilder();
        String first = table.columns().get(0).name();
        out.append(String.format(Locale.ROOT, "%-24s %-8s %14s %14s %14s %8s %10s %12s %8s%n", "scenario",
                "goal", "objective", "margin", "revenue", "sold", "units left", "md cost", "changes"));
        for (ScenarioComparison.Column c : table.columns()) {
            out.append(String.format(Locale.ROOT, "%-24s %-8s %14.2f %14.2f %14.2f %7.1f%% %10.0f %12.2f %8d%n",
                    clip(c.name()), c.objective(), c.objectiveValue(), c.margin(), c.revenue(), 100 * c.sellThrough(),
                    c.unitsLeft(), c.markdownCost(), c.priceChanges()));
        }
        out.append(String.format(Locale.ROOT, "objective by category, difference from \"%s\":%n", first));
        for (ScenarioComparison.CategoryRow row : table.categories()) {
            out.append(String.format(Locale.ROOT, "  %-22s", clip(row.category())));
            for (int i = 0; i < row.objective().length; i++) {
                out.append(i == 0 ? String.format(Locale.ROOT, " %14.2f", row.objective()[i])
                        : String.format(Locale.ROOT, " %+14.2f", row.objectiveDifference(i)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String clip(String text) {
        return text.length() <= 22 ? text : text.substring(0, 21) + "…";
    }
}
