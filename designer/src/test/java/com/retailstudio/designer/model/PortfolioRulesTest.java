package com.retailstudio.designer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PortfolioRulesTest {

    @Test
    void ranksListedJourneysInOrderAndUnlistedOnesAfterThem() {
        PortfolioRules rules = new PortfolioRules("default", "Default", List.of(), 0,
                List.of("cart-abandonment", "welcome"), List.of(), Set.of());
        assertEquals(0, rules.rank("cart-abandonment"));
        assertEquals(1, rules.rank("welcome"));
        assertEquals(2, rules.rank("win-back"));
    }

    @Test
    void theGlobalControlIsAStableShareChosenApartFromAnyJourneysHoldout() {
        PortfolioRules rules = new PortfolioRules("default", "Default", List.of(), 10, List.of(), List.of(), Set.of());
        long inControl = IntStream.range(0, 20_000).filter(i -> rules.inGlobalControl("C" + i)).count();
        assertEquals(2_000, inControl, 150);
        long sameAsHoldout = IntStream.range(0, 20_000)
                .filter(i -> rules.inGlobalControl("C" + i) == Holdout.isHeldOut("welcome", "C" + i, 10)).count();
        // Independent choices agree on about 82 % of customers (0.9² + 0.1²), not on all of them.
        assertEquals(0.82, sameAsHoldout / 20_000.0, 0.02);
        assertFalse(PortfolioRules.none("default").inGlobalControl("C1"));
    }

    @Test
    void refusesTwoGlobalCapsAJourneyListedTwiceAndAControlOutsideZeroToHundred() {
        FrequencyCap day = FrequencyCap.global(2, Duration.ofDays(1));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRules("p", "P", List.of(day, day), 0,
                List.of(), List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRules("p", "P", List.of(), 0,
                List.of("a", "a"), List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioRules("p", "P", List.of(), 101,
                List.of(), List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> PortfolioRules.none("not an id"));
    }
}
