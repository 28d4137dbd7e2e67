package com.retailstudio.markdown.model;

import java.util.List;
import java.util.Locale;

/**
 * What the rule-of-thumb baseline is, in a sentence, and where the rules keep it from its 50 %: a 50 % price rounded
 * down to a price ending is a little deeper than 50 % (2.49 of 4.99 is 50.1 % off), so a maximum depth of 50 % drops
 * that rung and the baseline stops at the deepest price left (often 40 %). That is why changing only the maximum
 * depth from 70 % to 50 % changes the baseline although it never asks for more than 50 %.
 */
public final class RuleOfThumbNote {

    /** The depth the rule of thumb asks for in the last two weeks before exit. */
    public static final double FINAL_DEPTH = 0.5;

    private RuleOfThumbNote() {
    }

    /** The product-stores whose baseline ends shallower than {@link #FINAL_DEPTH} although today's price is not deeper. */
    public static List<StorePlan> stoppedShort(List<StorePlan> plans) {
        return plans.stream().filter(RuleOfThumbNote::stopsShort).toList();
    }

    private static boolean stopsShort(StorePlan plan) {
        int[] cents = plan.baselineCents();
        if (cents.length == 0) {
            return false;
        }
        double fullCents = plan.fullPrice() * 100;
        double finalDepth = 1 - cents[cents.length - 1] / fullCents;
        return finalDepth < FINAL_DEPTH - 1e-9 && 1 - plan.currentCents() / fullCents < FINAL_DEPTH - 1e-9;
    }

    /** The sentence the Markdowns section shows under its figures. */
    public static String describe(List<StorePlan> plans) {
        String rule = "Baseline, the rule of thumb: 30 % off from 4 weeks before exit, 50 % off from 2 weeks before "
                + "(the first ladder price at least that deep, never above today's price).";
        List<StorePlan> shortOf = stoppedShort(plans);
        if (shortOf.isEmpty()) {
            return rule;
        }
        double deepest = 0;
        double maxDepth = 1;
        for (StorePlan plan : shortOf) {
            int[] cents = plan.baselineCents();
            deepest = Math.max(deepest, 1 - cents[cents.length - 1] / (plan.fullPrice() * 100));
            maxDepth = Math.min(maxDepth, plan.basis().rules().maxDepth());
        }
        return rule + String.format(Locale.ROOT, " On %,d of %,d product-stores the ladder, price endings and "
                        + "maximum depth (%.0f %%) leave no price 50 %% off — a 50 %% price rounded down to a price "
                        + "ending is a little deeper — so it stops at the deepest price allowed, at most %.1f %% off; "
                        + "this is why the maximum depth changes the baseline.", shortOf.size(), plans.size(),
                100 * maxDepth, 100 * deepest);
    }
}
