package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.layout.model.CategoryAffinity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasketAffinityCalculatorTest {

    private static final double EPS = 1e-9;

    /** Five baskets counted by hand: {pasta, sauces} twice, {pasta}, {wine}, {sauces, wine}. */
    private static List<TillBasket> fiveBaskets() {
        StoreBaskets.Builder b = StoreBaskets.builder(HandMadeStore.CATEGORIES, ZoneOffset.UTC);
        Instant t = Instant.parse("2026-06-01T10:00:00Z");
        b.add("T1", t, "pasta", 1, 2).add("T1", t, "sauces", 1, 3).add("T1", t, "pasta", 2, 1);
        b.add("T2", t, "sauces", 1, 3).add("T2", t, "pasta", 1, 2);
        b.add("T3", t, "pasta", 1, 2);
        b.add("T4", t, "wine", 1, 9);
        b.add("T5", t, "sauces", 1, 3).add("T5", t, "wine", 1, 9);
        return b.build().all();
    }

    @Test
    void supportConfidenceAndLiftMatchAHandCount() {
        List<CategoryAffinity> pairs = BasketAffinityCalculator.compute(HandMadeStore.CATEGORIES, fiveBaskets(), 0);
        assertEquals(2, pairs.size(), "pasta and wine are never bought together");
        CategoryAffinity pastaSauces = pairs.get(0);
        assertEquals("pasta", pastaSauces.categoryA());
        assertEquals("sauces", pastaSauces.categoryB());
        assertEquals(5, pastaSauces.baskets());
        assertEquals(3, pastaSauces.basketsA(), "T1 counts pasta once although it has two pasta lines");
        assertEquals(3, pastaSauces.basketsB());
        assertEquals(2, pastaSauces.basketsBoth());
        assertEquals(0.4, pastaSauces.support(), EPS);
        assertEquals(2.0 / 3, pastaSauces.confidenceAB(), EPS);
        assertEquals(2.0 / 3, pastaSauces.confidenceBA(), EPS);
        assertEquals(0.4 / (0.6 * 0.6), pastaSauces.lift(), EPS);
        assertEquals((4 + 3 + 2 + 3) / 2.0, pastaSauces.coPurchaseValue(), EPS);
        assertEquals(2 - 3.0 * 3 / 5, pastaSauces.excessBaskets(), EPS);
        CategoryAffinity saucesWine = pairs.get(1);
        assertEquals(0.2, saucesWine.support(), EPS);
        assertEquals(1.0 / 3, saucesWine.confidenceAB(), EPS);
        assertEquals(0.5, saucesWine.confidenceBA(), EPS);
        assertEquals(0.2 / (0.6 * 0.4), saucesWine.lift(), EPS);
    }

    @Test
    void pairsBelowTheMinimumSupportAreLeftOut() {
        List<CategoryAffinity> pairs = BasketAffinityCalculator.compute(HandMadeStore.CATEGORIES, fiveBaskets(), 0.25);
        assertEquals(1, pairs.size());
        assertEquals("sauces", pairs.get(0).categoryB());
    }

    @Test
    void noBasketsMeansNoPairs() {
        assertEquals(List.of(), BasketAffinityCalculator.compute(HandMadeStore.CATEGORIES, List.of(), 0));
    }
}
