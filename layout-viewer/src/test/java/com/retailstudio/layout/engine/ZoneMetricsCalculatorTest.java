package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.layout.model.Daypart;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.TimeFilter;
import com.retailstudio.layout.model.ZoneMetrics;
import com.retailstudio.layout.model.ZoneMetricsSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-made store's three visits: V1 enters, dwells 10 s in pasta, passes wine's corner at (5, 5), dwells 5 s at
 * the checkout and pays basket T1 (pasta 3.00, wine 10.00) at its last reading. V2 dwells 5 s at the entrance, steps
 * into wine for one reading (no dwell) and leaves without paying. V3 dwells 15 s in wine and pays T3 (wine 12.00)
 * 8 s after its last reading. T4 (pasta 2.00) was paid by an untracked shopper.
 */
class ZoneMetricsCalculatorTest {

    private static final double EPS = 1e-9;

    private final StorePlan plan = HandMadeStore.plan(ZoneOffset.UTC);
    private final StoreAnalysis analysis = new StoreAnalysis(plan, HandMadeStore.CATEGORIES,
            HandMadeStore.traffic(plan), HandMadeStore.baskets(ZoneOffset.UTC), ZoneMetricsSettings.DEFAULTS);

    private Map<String, ZoneMetrics> byZone(TimeFilter filter) {
        return analysis.zoneMetrics(filter).stream().collect(Collectors.toMap(ZoneMetrics::zoneId, Function.identity()));
    }

    @Test
    void fixturesHaveNoMetricsAndWalkableZonesKeepPlanOrder() {
        assertEquals(List.of("Z1", "Z2", "Z3", "Z5"),
                analysis.zoneMetrics(TimeFilter.ALL).stream().map(ZoneMetrics::zoneId).toList());
    }

    @Test
    void joinMatchesEachPayingVisitToItsBasketAndLeavesTheUntrackedShopperOut() {
        assertEquals(2, analysis.joinedVisits());
    }

    @Test
    void aBasketPaidLongerAfterTheLastReadingThanTheToleranceIsNotJoined() {
        StoreBaskets late = StoreBaskets.builder(HandMadeStore.CATEGORIES, ZoneOffset.UTC)
                .add("T3", Instant.parse("2026-06-01T12:00:36Z"), "wine", 1, 12.00).build();
        int[] joined = VisitBasketJoin.join(HandMadeStore.traffic(plan), late, 10);
        assertArrayEquals(new int[] {-1, -1, -1}, joined, "V3 ended 12:00:25, T3 paid 11 s later");
        assertArrayEquals(new int[] {-1, -1, 0}, VisitBasketJoin.join(HandMadeStore.traffic(plan), late, 11));
    }

    @Test
    void pastaZoneCountsVisitsPassersDwellsConversionAndRevenuePerSquareMetre() {
        ZoneMetrics pasta = byZone(TimeFilter.ALL).get("Z2");
        assertEquals(Optional.of("pasta"), pasta.category());
        assertEquals(16, pasta.areaM2(), EPS);
        assertEquals(1, pasta.visits());
        assertEquals(2, pasta.passers(), "V1 inside, V2 at (5, 5), 1.41 m from the corner");
        assertEquals(1, pasta.dwells());
        assertEquals(0.5, pasta.captureRate(), EPS);
        assertEquals(0.5, pasta.passByShare(), EPS);
        assertEquals(10, pasta.medianDwellSeconds(), EPS);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0}, pasta.dwellHistogram().counts());
        assertEquals(1, pasta.conversions());
        assertEquals(1.0, pasta.conversionRate(), EPS);
        assertEquals(5.0, pasta.revenue(), EPS, "T1 3.00 + T4 2.00");
        assertEquals(5.0 / 16, pasta.revenuePerM2(), EPS);
    }

    @Test
    void aSingleReadingInAZoneIsAVisitButNotADwell() {
        ZoneMetrics wine = byZone(TimeFilter.ALL).get("Z3");
        assertEquals(2, wine.visits(), "V2 for one reading, V3");
        assertEquals(3, wine.passers());
        assertEquals(1, wine.dwells(), "only V3");
        assertEquals(1.0 / 3, wine.captureRate(), EPS);
        assertEquals(15, wine.medianDwellSeconds(), EPS);
        assertArrayEquals(new int[] {0, 1, 0, 0, 0, 0, 0, 0}, wine.dwellHistogram().counts());
        assertEquals(1, wine.conversions(), "V3 joined T3, paid 8 s after its last reading");
        assertEquals(22.0 / 16, wine.revenuePerM2(), EPS);
    }

    @Test
    void entranceAndCheckoutCountDwellsButNeverConvert() {
        Map<String, ZoneMetrics> zones = byZone(TimeFilter.ALL);
        ZoneMetrics entrance = zones.get("Z1");
        assertEquals(3, entrance.visits());
        assertEquals(1, entrance.dwells());
        assertEquals(5, entrance.medianDwellSeconds(), EPS);
        assertEquals(0, entrance.conversions());
        assertEquals(0, entrance.revenue(), EPS);
        ZoneMetrics checkout = zones.get("Z5");
        assertEquals(3, checkout.visits());
        assertEquals(1, checkout.dwells(), "V1's two checkout readings 5 s apart");
    }

    @Test
    void minimumDwellLongerThanAStayTurnsItIntoAPassBy() {
        StoreAnalysis strict = new StoreAnalysis(plan, HandMadeStore.CATEGORIES, HandMadeStore.traffic(plan),
                HandMadeStore.baskets(ZoneOffset.UTC), ZoneMetricsSettings.DEFAULTS.withMinDwellSeconds(12));
        ZoneMetrics pasta = strict.zoneMetrics(TimeFilter.ALL).stream().filter(z -> z.zoneId().equals("Z2"))
                .findFirst().orElseThrow();
        assertEquals(0, pasta.dwells());
        assertEquals(1.0, pasta.passByShare(), EPS);
        assertEquals(0, pasta.conversions());
    }

    @Test
    void hourRangeKeepsOnlyTheVisitsAndBasketsThatStartInIt() {
        Map<String, ZoneMetrics> eleven = byZone(TimeFilter.ALL.withDaypart(Daypart.hours(11, 12)));
        assertEquals(1, eleven.get("Z1").visits(), "only V2");
        assertEquals(1, eleven.get("Z3").visits());
        assertEquals(0, eleven.get("Z3").dwells());
        assertEquals(0, eleven.get("Z3").revenue(), EPS, "no basket between 11:00 and 12:00");
        Map<String, ZoneMetrics> lunch = byZone(TimeFilter.ALL.withDaypart(Daypart.WEEKDAY_LUNCH));
        assertEquals(1, lunch.get("Z3").dwells(), "V3 starts at 12:00 on a Monday");
        assertEquals(12, lunch.get("Z3").revenue(), EPS);
        assertEquals(0, byZone(TimeFilter.ALL.withDaypart(Daypart.SATURDAY)).get("Z1").visits());
    }

    @Test
    void walkingThroughAZoneAtWalkingSpeedIsAVisitButNotADwell() {
        StoreTraffic.Builder b = StoreTraffic.builder(plan);
        // 5.1 m in 5 s across wine (1 m/s), then 10 s standing near (9.6, 3.6)
        HandMadeStore.visit(b, "WALKER", "2026-06-01T10:00:00Z", 6.2, 0.2, 9.8, 3.8, 9.5, 3.5, 9.5, 3.5);
        HandMadeStore.visit(b, "THROUGH", "2026-06-01T10:00:00Z", 6.5, 0.2, 7.5, 3.9, 5, 5);
        StoreTraffic traffic = b.build();
        List<ZoneMetrics> metrics = ZoneMetricsCalculator.compute(traffic, new boolean[] {false, true},
                HandMadeStore.baskets(ZoneOffset.UTC), new int[] {-1, -1}, List.of(), ZoneMetricsSettings.DEFAULTS);
        ZoneMetrics wine = metrics.get(2);
        assertEquals(1, wine.visits());
        assertEquals(0, wine.dwells(), "two readings 3.8 m apart in 5 s (0.77 m/s) are a walk");
        ZoneMetrics walker = ZoneMetricsCalculator.compute(traffic, new boolean[] {true, false},
                HandMadeStore.baskets(ZoneOffset.UTC), new int[] {-1, -1}, List.of(), ZoneMetricsSettings.DEFAULTS)
                .get(2);
        assertEquals(1, walker.dwells());
        assertEquals(10, walker.medianDwellSeconds(), EPS, "the walk in is not counted, the 10 s standing is");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(7.5, ZoneMetricsCalculator.median(new double[] {5, 5, 10, 20}), EPS);
        assertEquals(0, ZoneMetricsCalculator.median(new double[0]), EPS);
    }
}
