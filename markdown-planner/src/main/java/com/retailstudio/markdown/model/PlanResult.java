package com.retailstudio.markdown.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A markdown plan: the fitted demand per product, the plan per product and store, the totals and timings.
 *
 * @param asOf      the last week of sales history; the plan starts the week after
 * @param fitMillis time to fit demand
 * @param optimiseMillis time to optimise and project
 * @param budget    how the plan used its plan-wide markdown budget
 */
public record PlanResult(LocalDate asOf, List<ProductDemand> demand, List<StorePlan> plans, PlanSummary summary,
                         List<PriceChange> priceChanges, long fitMillis, long optimiseMillis, BudgetUse budget) {

    /** A plan made without a plan-wide markdown budget. */
    public PlanResult(LocalDate asOf, List<ProductDemand> demand, List<StorePlan> plans, PlanSummary summary,
                      List<PriceChange> priceChanges, long fitMillis, long optimiseMillis) {
        this(asOf, demand, plans, summary, priceChanges, fitMillis, optimiseMillis, BudgetUse.NONE);
    }

    public PlanResult {
        demand = List.copyOf(demand);
        plans = List.copyOf(plans);
        priceChanges = List.copyOf(priceChanges);
        Objects.requireNonNull(budget, "budget");
    }
}
