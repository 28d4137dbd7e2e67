package com.retailstudio.simulator.ui;

import com.retailstudio.simulator.model.Uplift;
import java.util.Locale;

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

    static String money(double amount) {
        return Double.isNaN(amount) ? "n/a" : String.format(Locale.ROOT, "%,+.0f", amount).replace('-', '−');
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
