package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.model.Store;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.StorePlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class MarkdownPlannerTest {

    @Test
    void priceChangesListEveryWeekThePriceMovesWithTheDiscountOffFullPrice() {
        StorePlan.Projection none = new StorePlan.Projection(new double[3], new double[3], new double[3], 0, 0, 0, 0,
                0, 0);
        LocalDate monday = LocalDate.of(2026, 9, 7);
        StorePlan plan = new StorePlan("P1", "Kite", "toys", "S1", "A", 10.00, 4.0,
                List.of(monday, monday.plusWeeks(1), monday.plusWeeks(2)), 899, new int[] {899, 699, 499},
                new int[] {899, 899, 499}, none, none, none, true, null);

        List<PriceChange> changes = MarkdownPlanner.priceChanges(List.of(plan));

        assertEquals(List.of(new PriceChange("S1", "P1", monday.plusWeeks(1), 8.99, 6.99, 30.1),
                new PriceChange("S1", "P1", monday.plusWeeks(2), 6.99, 4.99, 50.1)), changes);
        assertEquals(2, plan.markdowns());
    }

    @Test
    void everyStoreOfAClusterSharesOnePriceAndNoneEarnsLessThanKeepingItsPrice() {
        DataSet data = SampleData.data();
        List<DemandEstimator.Fitted> fits = DemandEstimator.fit(SalesPanel.series(data, SalesPanel.lastWeek(data)));
        Map<String, String> clusters = new HashMap<>();
        for (Store s : data.stores()) {
            clusters.put(s.storeId(), s.priceCluster());
        }
        List<StorePlan> plans = new MarkdownPlanner(RuleBook.standard()).plan(fits, clusters);
        Map<String, int[]> byProductCluster = new HashMap<>();
        for (StorePlan p : plans) {
            int[] first = byProductCluster.putIfAbsent(p.productId() + "/" + p.cluster(), p.planCents());
            if (first != null) {
                assertTrue(Arrays.equals(first, p.planCents()), "one price path per cluster: " + p);
            }
            double keep = p.noMarkdown().margin();
            assertTrue(p.plan().margin() >= keep - 1e-9 * (1 + Math.abs(keep)), p.key() + " earns less than keeping");
        }
    }

    @Test
    void planningReportsProgressReusesTheFitAndStopsWhenCancelled() {
        MarkdownPlanner.FittedHistory history = MarkdownPlanner.fit(SampleData.data());
        List<Double> shares = new CopyOnWriteArrayList<>();

        PlanResult plan = new MarkdownPlanner(RuleBook.standard()).plan(history,
                () -> false, shares::add);

        assertEquals(history.fits().size(), plan.demand().size());
        assertTrue(shares.size() >= 10, "progress now and then: " + shares.size());
        assertTrue(shares.stream().allMatch(v -> v > 0 && v <= 1), shares.toString());
        AtomicInteger asked = new AtomicInteger();
        Assertions.assertThrows(CancellationException.class,
                () -> new MarkdownPlanner(RuleBook.standard()).plan(history, () -> asked.incrementAndGet() > 20,
                        v -> { }));
        assertTrue(asked.get() < history.fits().size(), "stopped early: asked " + asked.get() + " times");
    }
}
