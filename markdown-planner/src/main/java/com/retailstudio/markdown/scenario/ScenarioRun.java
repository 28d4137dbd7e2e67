package com.retailstudio.markdown.scenario;

import com.retailstudio.markdown.engine.MarkdownPlanner;
import com.retailstudio.markdown.engine.PlanOverrides;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.StorePlan;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Plans a {@link Scenario}: optimises under its rules, then re-applies its changes by hand one by one through
 * {@link PlanOverrides} (the same check and scoring as a change made in the Markdowns section). A change that no longer
 * keeps the rules — or whose product, store or week is no longer planned — is dropped, and the result says which and
 * why.
 *
 * @param scenario the scenario planned
 * @param plan     the plan with the changes that were kept
 * @param kept     the changes applied
 * @param dropped  the changes dropped, each with the reason
 */
public record ScenarioRun(Scenario scenario, PlanResult plan, List<Scenario.HandChange> kept, List<Dropped> dropped) {

    public ScenarioRun {
        kept = List.copyOf(kept);
        dropped = List.copyOf(dropped);
    }

    /** A change made by hand that re-planning could not keep. */
    public record Dropped(Scenario.HandChange change, String reason) {
    }

    /** Plans the scenario on demand fitted once (the fit does not depend on the rules). */
    public static ScenarioRun of(MarkdownPlanner.FittedHistory history, Scenario scenario, BooleanSupplier cancelled,
                                 DoubleConsumer progress) {
        PlanResult plan = new MarkdownPlanner(scenario.rules()).plan(history, cancelled, progress);
        return reapply(plan, scenario);
    }

    /** Applies the scenario's changes by hand to a plan made under its rules. */
    public static ScenarioRun reapply(PlanResult plan, Scenario scenario) {
        List<Scenario.HandChange> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        for (Scenario.HandChange change : scenario.changes()) {
            Optional<StorePlan> row = plan.plans().stream().filter(p -> p.productId().equals(change.productId())
                    && p.storeId().equals(change.storeId())).findFirst();
            if (row.isEmpty()) {
                dropped.add(new Dropped(change, "Product " + change.productId() + " has no plan in store "
                        + change.storeId() + " any more (past its exit, or not stocked there)."));
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(row.get().weeks().get(0), change.week());
            if (!row.get().weeks().get(0).plusWeeks(week).equals(change.week())) {
                dropped.add(new Dropped(change, "The week of " + change.week() + " does not start on a planned "
                        + "Monday."));
                continue;
            }
            PlanOverrides.Outcome outcome = PlanOverrides.setStep(plan, row.get(), week, change.cents());
            if (outcome instanceof PlanOverrides.Applied applied) {
                plan = applied.result();
                kept.add(change);
            } else if (outcome instanceof PlanOverrides.Rejected rejected) {
                dropped.add(new Dropped(change, rejected.reason()));
            }
        }
        return new ScenarioRun(scenario, plan, kept, dropped);
    }
}
