package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.markdown.model.MarkdownRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceLadderTest {

    @Test
    void defaultLadderRoundsDownToNinetyNineAndStopsAtTheMaximumDepth() {
        // 12.99 × (1 − d) rounded down to .99; 70 % off gives 2.99 = 77 % off, deeper than allowed
        assertArrayEquals(new int[] {1299, 1099, 999, 899, 699, 599, 499},
                PriceLadder.rungs(1299, 1299, MarkdownRules.defaults()));
    }

    @Test
    void startsFromTheCurrentPriceAndKeepsOnlyCheaperRungs() {
        assertArrayEquals(new int[] {950, 899, 699, 599, 499},
                PriceLadder.rungs(1299, 950, MarkdownRules.defaults()));
    }

    @Test
    void roundsToTheHighestAllowedEndingAtOrBelow() {
        MarkdownRules rules = MarkdownRules.defaults().withPriceEndings(List.of(49, 99));
        assertEquals(849, PriceLadder.roundDown(880, rules));
        assertEquals(899, PriceLadder.roundDown(899, rules));
        assertEquals(899, PriceLadder.roundDown(899, MarkdownRules.defaults()));
        assertEquals(0, PriceLadder.roundDown(50, MarkdownRules.defaults()));
        assertEquals(1234, PriceLadder.roundDown(1234, MarkdownRules.defaults().withPriceEndings(List.of())));
    }
}
