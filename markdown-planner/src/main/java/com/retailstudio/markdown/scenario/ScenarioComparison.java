package com.retailstudio.markdown.scenario;

import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.StorePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scenarios side by side: per scenario the objective (by name), margin, revenue, sell-through, units left, markdown
 * cost and price changes; and per category each scenario's objective with its difference from the first scenario.
 * Scenarios planned under different objectives are compared on both margin and revenue; the objective column is each
 * scenario's own.
 */
public final class ScenarioComparison {

    private ScenarioComparison() {
    }

    /** One scenario's totals. */
    public record Column(String name, String objective, double objectiveValue, double margin, double revenue,
                         double sellThrough, double unitsLeft, double markdownCost, int priceChanges,
                         int holdingPrice, int droppedChanges) {
    }

    /**
     * One category: each scenario's objective, margin and revenue, in scenario order, and the differences from the
     * first scenario.
     */
    public record CategoryRow(String category, double[] objective, double[] margin, double[] revenue) {

        /** Objective of scenario {@code i} minus that of the first. */
        public double objectiveDifference(int i) {
            return objective[i] - objective[0];
        }
    }

    /** The comparison of scenario runs, in the order given. */
    public record Table(List<Column> columns, List<CategoryRow> categories) {
    }

    public static Table compare(List<ScenarioRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        List<Column> columns = new ArrayList<>();
        TreeSet<String> categories = new TreeSet<>();
        for (ScenarioRun run : runs) {
            PlanResult r = run.plan();
            PlanSummary s = r.summary();
            columns.add(new Column(run.scenario().name(), s.objectiveName(), s.objectiveValue(), s.margin(),
                    s.revenue(), s.sellThrough(), s.leftoverUnits(), s.markdownCost(), s.priceChanges(),
                    s.holdingPrice(), run.dropped().size()));
            r.plans().forEach(p -> categories.add(p.category()));
        }
        Map<String, CategoryRow> rows = new TreeMap<>();
        for (String category : categories) {
            rows.put(category, new CategoryRow(category, new double[runs.size()], new double[runs.size()],
                    new double[runs.size()]));
        }
        for (int i = 0; i < runs.size(); i++) {
            for (StorePlan p : runs.get(i).plan().plans()) {
                CategoryRow row = rows.get(p.category());
                row.objective()[i] += p.objective(p.plan());
                row.margin()[i] += p.plan().margin();
                row.revenue()[i] += p.plan().totalRevenue();
            }
        }
        return new Table(List.copyOf(columns), List.copyOf(rows.values()));
    }
}
