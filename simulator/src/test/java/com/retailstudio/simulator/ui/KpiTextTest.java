package com.retailstudio.simulator.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.data.io.DataSetCurrency;
import com.retailstudio.simulator.model.SuppressionReason;
import com.retailstudio.simulator.model.Uplift;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiTextTest {

    private static SimulationSummary.ActionFlow suppressed(long holdout, long consent, long quiet, long cap) {
        return new SimulationSummary.ActionFlow("a", "A", "Email", 0, 0, Map.of(SuppressionReason.HOLDOUT, holdout,
                SuppressionReason.NO_CONSENT, consent, SuppressionReason.QUIET_HOURS, quiet,
                SuppressionReason.FREQUENCY_CAP, cap), 0, 0, 0, 0, 0);
    }

    @Test
    void suppressionsListOnlyTheReasonsThatSuppressedSomething() {
        assertEquals("holdout 53, cap 4", KpiText.suppressed(suppressed(53, 0, 0, 4)));
        assertEquals("no consent 1,243", KpiText.suppressed(suppressed(0, 1243, 0, 0)));
        assertEquals("0", KpiText.suppressed(suppressed(0, 0, 0, 0)));
    }

    @Test
    void upliftIsWrittenInSignedPointsWithItsInterval() {
        Uplift u = Uplift.of(100, 30, 0, 100, 20, 0);
        assertEquals("+10.0 pts", KpiText.points(u.absolute()));
        assertEquals("95 % CI " + String.format(Locale.ROOT, "%+.1f to %+.1f", u.ciLow() * 100,
                u.ciHigh() * 100).replace('-', '−'), KpiText.interval(u));
        assertEquals("30.0 %", KpiText.percent(u.treatedRate()));
        assertEquals("n/a", KpiText.percent(Double.NaN));
        assertEquals("no interval: the holdout is empty", KpiText.interval(Uplift.of(10, 1, 0, 0, 0, 0)));
        assertEquals("−1,234.60 EUR", DataSetCurrency.DEFAULT.signed(-1234.6));
        assertEquals("+0.00 GBP", new DataSetCurrency("GBP").signed(0.001));
    }

    @Test
    void entriesSayHowManyWereReEntriesSoTheyAreNotReadAsCustomers() {
        assertEquals("576 entries (144 re-entries)", KpiText.entries(576, 432));
        assertEquals("432 entries", KpiText.entries(432, 432));
        assertEquals("1 entry", KpiText.entries(1, 1));
        assertEquals("3 entries (1 re-entry)", KpiText.entries(3, 2));
    }
}
