package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.util.ArrayList;
import java.util.List;

/**
 * Two runs on the same data and seed, side by side: each figure for A and for B, how B differs from A and, for the
 * conversion rate and the uplift, the 95 % interval of that difference measured on the customers both runs share.
 *
 * @param aLabel the first journey as the user chose it (a template's name, or a saved version's name and number)
 * @param a      the first journey's run
 * @param bLabel the second journey as the user chose it
 * @param b      the second journey's run
 * @param paired what each customer's outcome was in A and in B, for the intervals of the differences
 */
public record SimulationComparison(String aLabel, SimulationSummary a, String bLabel, SimulationSummary b,
        PairedOutcomes paired) {

    /** How the intervals of the differences are computed, as the Compare tab says under its table. */
    public static final String METHOD = "95 % intervals of B − A are paired: both runs see the same customers, so "
            + "each customer's outcomes in A and in B are taken together (delta method over customers, the "
            + "normal-approximation form of a paired bootstrap). An unpaired interval would ignore what they share.";

    /** One measure: A's and B's figure as shown, B − A, and the 95 % interval of B − A where there is one. */
    public record Row(String measure, String a, String b, String difference, String interval) {
        Row(String measure, String a, String b, String difference) {
            this(measure, a, b, difference, "");
        }
    }

    /** B's treated conversion rate minus A's, with its paired 95 % interval. */
    PairedOutcomes.Difference conversionDifference() {
        return paired.conversionDifference();
    }

    /** B's uplift minus A's, with its paired 95 % interval. */
    PairedOutcomes.Difference upliftDifference() {
        return paired.upliftDifference();
    }

    /** "Paired customer by customer over 3,000 customers.": what the pairing rests on. */
    public String pairingText() {
        return paired.largestBlock() == 1
                ? "Paired customer by customer over " + KpiText.count(paired.customers()) + " customers."
                : "Paired over " + KpiText.count(paired.blocks()) + " blocks of up to "
                        + KpiText.count(paired.largestBlock()) + " consecutive customers ("
                        + KpiText.count(paired.customers()) + " customers).";
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Uplift ua = a.uplift();
        Uplift ub = b.uplift();
        rows.add(count("Customers who entered", a.entered(), b.entered()));
        rows.add(count("Entries, re-entries included", a.entries(), b.entries()));
        rows.add(count("Treated customers", a.treated(), b.treated()));
        rows.add(count("Holdout customers", a.holdout(), b.holdout()));
        rows.add(count("Conversions, treated", a.treatedConversions(), b.treatedConversions()));
        rows.add(new Row("Conversion rate, treated", KpiText.percent(ua.treatedRate()),
                KpiText.percent(ub.treatedRate()), KpiText.points(ub.treatedRate() - ua.treatedRate()),
                KpiText.interval(conversionDifference())));
        rows.add(new Row("Conversion rate, holdout", KpiText.percent(ua.holdoutRate()),
                KpiText.percent(ub.holdoutRate()), KpiText.points(ub.holdoutRate() - ua.holdoutRate())));
        rows.add(new Row("Uplift in conversion (95 % CI)", uplift(a), uplift(b),
                KpiText.points(ub.absolute() - ua.absolute()), KpiText.interval(upliftDifference())));
        rows.add(new Row("Uplift significant", a.upliftSignificant() ? "yes" : "no", b.upliftSignificant() ? "yes"
                : "no", a.upliftSignificant() == b.upliftSignificant() ? "same" : "changed"));
        rows.add(new Row("Incremental revenue, total", a.incrementalRevenueText(), b.incrementalRevenueText(),
                a.currency().signed(ub.incrementalRevenue() - ua.incrementalRevenue())));
        rows.add(new Row("Messages per treated customer", KpiText.decimal(a.messagesPerTreatedCustomer()),
                KpiText.decimal(b.messagesPerTreatedCustomer()),
                KpiText.decimalChange(b.messagesPerTreatedCustomer() - a.messagesPerTreatedCustomer())));
        rows.add(count("Messages sent", a.totalSent(), b.totalSent()));
        // A comparison is of journeys run alone: the portfolio's reasons never occur in it.
        for (SuppressionReason reason : SuppressionReason.JOURNEY) {
            rows.add(count("Suppressed: " + KpiText.reasonText(reason), suppressed(a, reason), suppressed(b, reason)));
        }
        rows.add(count("Deferred by quiet hours", deferred(a), deferred(b)));
        rows.add(count("Unsubscribes", a.unsubscribes(), b.unsubscribes()));
        return rows;
    }

    private static String uplift(SimulationSummary s) {
        return KpiText.points(s.uplift().absolute()) + " (" + KpiText.interval(s.uplift()).replace("95 % CI ", "")
                + ")";
    }

    private static Row count(String measure, long a, long b) {
        return new Row(measure, KpiText.count(a), KpiText.count(b), KpiText.countChange(b - a));
    }

    static long suppressed(SimulationSummary s, SuppressionReason reason) {
        return s.actions().stream().mapToLong(x -> x.suppressed().getOrDefault(reason, 0L)).sum();
    }

    static long deferred(SimulationSummary s) {
        return s.actions().stream().mapToLong(SimulationSummary.ActionFlow::deferred).sum();
    }
}
