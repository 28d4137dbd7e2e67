package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.MarkdownRules;
import java.util.Arrays;

/**
 * The prices a product may take from now on: rung 0 is the current shelf price, then every ladder step above 0 %, rounded down to an allowed price ending, kept only when strictly cheaper than the rung before and no deeper
 * than the maximum depth. Prices are whole cents.
 */
public final class PriceLadder {

    private PriceLadder() {
    }

    /**
     * Rung prices in cents, strictly decreasing, the first being {@code currentCents}, for a product that has taken
     * no markdown yet this season.
     */
    public static int[] rungs(int fullCents, int currentCents, MarkdownRules rules) {
        return rungs(fullCents, currentCents, rules, 0);
    }

    /**
     * Rung prices in cents, strictly decreasing, the first being {@code currentCents}. While no markdown has been
     * taken this season, steps shallower than the first markdown's minimum depth are left out: prices only go down,
     * so such a step could only ever be the first markdown.
     */
    public static int[] rungs(int fullCents, int currentCents, MarkdownRules rules, int markdownsTaken) {
        int[] all = ladder(fullCents, currentCents, rules);
        if (markdownsTaken > 0 || rules.firstMarkdownMinDepth() <= 0) {
            return all;
        }
        // by the depth of the rounded price, as PricePathRules measures it: rounding down to a price ending can take
        // a nominally shallower step deep enough
        int[] out = new int[all.length];
        int n = 0;
        out[n++] = all[0];
        for (int i = 1; i < all.length; i++) {
            if (1 - all[i] / (double) fullCents >= rules.firstMarkdownMinDepth() - 1e-6) {
                out[n++] = all[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Every rung, whatever the first markdown's minimum depth. */
    private static int[] ladder(int fullCents, int currentCents, MarkdownRules rules) {
        int[] out = new int[rules.ladder().size() + 1];
        int n = 0;
        out[n++] = currentCents;
        for (double depth : rules.ladder()) {
            if (depth <= 0) {
                continue; // full price is not a markdown; rung 0 is today's price
            }
            if (depth > rules.maxDepth() + 1e-9) {
                break;
            }
            int raw = (int) Math.floor(fullCents * (1 - depth) + 1e-6);
            int price = roundDown(raw, rules);
            if (price > 0 && price < out[n - 1] && 1 - price / (double) fullCents <= rules.maxDepth() + 1e-9) {
                out[n++] = price;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The largest price in cents at or below {@code cents} with an allowed ending; 0 when there is none. */
    public static int roundDown(int cents, MarkdownRules rules) {
        if (rules.priceEndings().isEmpty()) {
            return cents;
        }
        int best = 0;
        for (int ending : rules.priceEndings()) {
            int candidate = Math.floorDiv(cents - ending, 100) * 100 + ending;
            if (candidate > best && candidate <= cents) {
                best = candidate;
            }
        }
        return best;
    }

    /** Whether a price in cents has an allowed ending. */
    public static boolean hasAllowedEnding(int cents, MarkdownRules rules) {
        return rules.priceEndings().isEmpty() || rules.priceEndings().contains(Math.floorMod(cents, 100));
    }
}
