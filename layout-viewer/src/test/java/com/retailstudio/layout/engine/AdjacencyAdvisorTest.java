package com.retailstudio.layout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.CategoryAffinity;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WhatIfResult;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Three category zones in a row, 10 m apart: pasta (Z1), wine (Z2), sauces (Z3). Over 100 baskets pasta and sauces
 * are bought together 20 times where independence predicts 9 (excess 11); the other pairs have no excess.
 */
class AdjacencyAdvisorTest {

    private static final double EPS = 1e-9;

    private static final StorePlan PLAN = new StorePlan(new Store("S1", "Row", "Testville", ZoneOffset.UTC, 30, 10, "A"),
            List.of(HandMadeStore.zone("Z1", ZoneType.CATEGORY, "pasta", 0, 0, 8, 8),
                    HandMadeStore.zone("Z2", ZoneType.CATEGORY, "wine", 10, 0, 8, 8),
                    HandMadeStore.zone("Z3", ZoneType.CATEGORY, "sauces", 20, 0, 8, 8)));
    private static final double[][] DISTANCES = {{0, 10, 20}, {10, 0, 10}, {20, 10, 0}};

    private static CategoryAffinity pair(String a, String b, int na, int nb, int both, double value) {
        double n = 100;
        return new CategoryAffinity(a, b, 100, na, nb, both, both / n, (double) both / na, (double) both / nb,
                (both / n) / ((na / n) * (nb / n)), value);
    }

    private static final List<CategoryAffinity> PAIRS = List.of(
            pair("pasta", "sauces", 30, 30, 20, 5.0),
            pair("pasta", "wine", 30, 20, 5, 12.0),
            pair("sauces", "wine", 30, 20, 6, 14.0));

    private final AdjacencyAdvisor advisor = new AdjacencyAdvisor(PLAN, DISTANCES, PAIRS,
            AdjacencyAdvisor.Settings.DEFAULTS);

    @Test
    void movingSaucesNextToPastaGainsRhoTimesTheExcessTimesTheShareOfTheLongestWalkSaved() {
        WhatIfResult result = advisor.whatIf("sauces", "Z2");
        assertEquals("Z3", result.fromZoneId());
        assertEquals(Optional.of("wine"), result.swappedCategory());
        assertEquals(31, result.coPurchasesBefore(), EPS);
        // 0.06 × 11 × (20 − 10) / 20
        assertEquals(0.33, result.coPurchaseDelta(), EPS);
        assertEquals(0.33 * 5.0, result.revenueDelta(), EPS);
        assertEquals(2, result.changes().size(), "pasta-sauces and pasta-wine moved; sauces-wine stays 10 m apart");
        assertEquals("sauces", result.changes().get(0).categoryB());
        assertEquals(20, result.changes().get(0).distanceBeforeM(), EPS);
        assertEquals(10, result.changes().get(0).distanceAfterM(), EPS);
    }

    @Test
    void pairsWithoutExcessCoPurchasesAreNotAffectedByDistance() {
        // the swap moves pasta and wine from 10 m to 20 m apart, but their excess is −1: nothing to lose
        var pastaWine = advisor.whatIf("sauces", "Z2").changes().stream()
                .filter(c -> c.categoryB().equals("wine")).findFirst().orElseThrow();
        assertEquals(10, pastaWine.distanceBeforeM(), EPS);
        assertEquals(20, pastaWine.distanceAfterM(), EPS);
        assertEquals(5, pastaWine.coPurchasesBefore(), EPS);
        assertEquals(5, pastaWine.coPurchasesAfter(), EPS);
    }

    @Test
    void theFarHighLiftPairIsRecommendedWithItsBestMove() {
        List<AdjacencyRecommendation> recommendations = advisor.recommendations();
        assertEquals(1, recommendations.size());
        AdjacencyRecommendation top = recommendations.get(0);
        assertEquals(1, top.rank());
        assertEquals("pasta", top.affinity().categoryA());
        assertEquals("sauces", top.affinity().categoryB());
        assertEquals(20, top.distanceM(), EPS);
        assertEquals(10, top.nearestM(), EPS);
        assertEquals(10, top.distanceAfterM(), EPS);
        assertEquals(0.33, top.expectedGain(), EPS);
        assertEquals("sauces", top.move().category());
        assertEquals("Z2", top.move().toZoneId());
    }

    @Test
    void pairsAlreadyNextToEachOtherAreNotRecommended() {
        AdjacencyAdvisor close = new AdjacencyAdvisor(PLAN, new double[][] {{0, 10, 10}, {10, 0, 10}, {10, 10, 0}},
                PAIRS, AdjacencyAdvisor.Settings.DEFAULTS);
        assertEquals(List.of(), close.recommendations());
    }

    @Test
    void whatIfRejectsUnknownCategoriesAndZones() {
        assertThrows(IllegalArgumentException.class, () -> advisor.whatIf("toys", "Z1"));
        assertThrows(IllegalArgumentException.class, () -> advisor.whatIf("pasta", "Z9"));
    }
}
