package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the Simulation view writes its figures; undefined figures (NaN) read as "n/a". */
final class KpiText {

    private KpiText() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** A difference of two rates in percentage points, signed. */
    static String points(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%+.1f pts", fraction * 100)
                .replace('-', '−');
    }

    static String interval(Uplift u) {
        if (Double.isNaN(u.ciLow()) || Double.isNaN(u.ciHigh())) {
            return "no interval: the holdout is empty";
        }
        return String.format(Locale.ROOT, "95 %% CI %+.1f to %+.1f", u.ciLow() * 100, u.ciHigh() * 100)
                .replace('-', '−');
    }

    /** "−0.4 to +3.2 pts", or why there is no interval; "significant" when it excludes zero. */
    static String interval(PairedOutcomes.Difference d) {
        if (!d.defined()) {
            return "n/a: a group has no customers";
        }
        return String.format(Locale.ROOT, "%+.1f to %+.1f pts%s", d.low() * 100, d.high() * 100,
                d.significant() ? " · significant" : "").replace('-', '−');
    }

    /** "576 entries (144 re-entries)": the entry step's count beside the customers it counts, so they never read as one. */
    static String entries(long entries, long customers) {
        long again = entries - customers;
        return count(entries) + (entries == 1 ? " entry" : " entries")
                + (again > 0 ? " (" + count(again) + (again == 1 ? " re-entry)" : " re-entries)") : "");
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "holdout 53, cap 4": each reason that suppressed anything with its count; "0" when none did. */
    static String suppressed(SimulationSummary.ActionFlow action) {
        return suppressed(action.suppressed());
    }

    /** As above, from the counts by reason. */
    static String suppressed(Map<SuppressionReason, Long> byReason) {
        List<String> reasons = new ArrayList<>();
        for (SuppressionReason reason : SuppressionReason.values()) {
            long n = byReason.getOrDefault(reason, 0L);
            if (n > 0) {
                reasons.add(reasonText(reason) + " " + count(n));
            }
        }
        return reasons.isEmpty() ? "0" : String.join(", ", reasons);
    }

    /** A signed difference of counts, "0" when equal. */
    static String countChange(long difference) {
        return difference == 0 ? "0" : String.format(Locale.ROOT, "%+,d", difference).replace('-', '−');
    }

    /** A signed difference of two decimals. */
    static String decimalChange(double difference) {
        if (Double.isNaN(difference)) {
            return "n/a";
        }
        return Math.abs(difference) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f", difference)
                .replace('-', '−');
    }

    static String reasonText(SuppressionReason reason) {
        return switch (reason) {
            case HOLDOUT -> "holdout";
            case NO_CONSENT -> "no consent";
            case QUIET_HOURS -> "quiet hours";
            case FREQUENCY_CAP -> "cap";
            case GLOBAL_CONTROL -> "global control";
            case SUPPRESSED -> "suppressed";
            case PORTFOLIO_CAP -> "portfolio cap";
            case LOST_TO_PRIORITY -> "lost to a higher-priority journey";
        };
    }
}
