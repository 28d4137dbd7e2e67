package com.retailstudio.markdown.ui;

import com.retailstudio.markdown.model.StorePlan;
import java.util.Collection;

/**
 * Totals over some rows of the plan table (the shown rows, or a group).
 *
 * @param rows      product-stores
 * @param margin    plan margin
 * @param gain      plan margin − rule-of-thumb margin
 * @param units     units sold by exit under the plan
 * @param stock     stock on hand now
 * @param leftover  units left at exit under the plan
 */
public record PlanTotals(int rows, double margin, double gain, double units, double stock, double leftover) {

    public static PlanTotals of(Collection<StorePlan> plans) {
        double margin = 0;
        double gain = 0;
        double units = 0;
        double stock = 0;
        double left = 0;
        for (StorePlan p : plans) {
            margin += p.plan().margin();
            gain += p.plan().margin() - p.baseline().margin();
            units += p.plan().totalUnits();
            stock += p.plan().startStock();
            left += p.plan().leftover();
        }
        return new PlanTotals(plans.size(), margin, gain, units, stock, left);
    }

    /** Units sold by exit / stock now. */
    public double sellThrough() {
        return stock <= 0 ? 0 : units / stock;
    }
}
