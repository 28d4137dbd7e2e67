package com.retailstudio.markdown.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.retailstudio.markdown.model.MarkdownRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceLadderTest {

    @Test
    void ninetyNineLadderRoundsDownAndStopsAtTheMaximumDepth() {
        // 12.99 × (1 − d) rounded down to .99; 70 % off gives 2.99 = 77 % off, deeper than allowed
        assertArrayEquals(new int[] {1299, 1099, 999, 899, 699, 599, 499},
                PriceLadder.rungs(1299, 1299, MarkdownRules.defaults().withPriceEndings(List.of(99))));
    }

    @Test
    void defaultLadderEndsInFortyNineOrNinetyNine() {
        // 4.19: 3.77→3.49, 3.35→2.99, 2.93→2.49, 2.51→2.49 (no cheaper, dropped), 2.09→1.99, 1.67→1.49, 1.25→0.99 (76 %)
        assertArrayEquals(new int[] {419, 349, 299, 249, 199, 149},
                PriceLadder.rungs(419, 419, MarkdownRules.defaults()));
    }

    @Test
    void startsFromTheCurrentPriceAndKeepsOnlyCheaperRungs() {
        assertArrayEquals(new int[] {950, 899, 749, 649, 499},
                PriceLadder.rungs(1299, 950, MarkdownRules.defaults()));
    }

    @Test
    void roundsToTheHighestAllowedEndingAtOrBelow() {
        MarkdownRules rules = MarkdownRules.defaults();
        assertEquals(849, PriceLadder.roundDown(880, rules));
        assertEquals(899, PriceLadder.roundDown(899, rules));
        assertEquals(899, PriceLadder.roundDown(899, MarkdownRules.defaults()));
        assertEquals(849, PriceLadder.roundDown(898, MarkdownRules.defaults()));
        assertEquals(0, PriceLadder.roundDown(40, MarkdownRules.defaults()));
        assertEquals(1234, PriceLadder.roundDown(1234, MarkdownRules.defaults().withPriceEndings(List.of())));
    }

    @Test
    void firstMarkdownMinimumDropsShallowerStepsUntilAMarkdownHasBeenTaken() {
        MarkdownRules rules = MarkdownRules.defaults().withPriceEndings(List.of(99)).withFirstMarkdownMinDepth(0.3);
        // 12.99: 10 % (10.99) and 20 % (9.99) are too shallow for a first markdown
        assertArrayEquals(new int[] {1299, 899, 699, 599, 499}, PriceLadder.rungs(1299, 1299, rules, 0));
        // once a markdown is taken, later ones only need to be deeper than today's price
        assertArrayEquals(new int[] {1099, 999, 899, 699, 599, 499}, PriceLadder.rungs(1299, 1099, rules, 1));
    }
}
