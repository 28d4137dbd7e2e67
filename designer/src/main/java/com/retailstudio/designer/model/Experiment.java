package com.retailstudio.designer.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule an experiment split (a {@link JourneyNode.RandomSplit} with this rule) decides by: report the variants at
 * the end (fixed horizon), or pick the winner {@code decideAfterDays} after the journey starts when one variant
 * converts significantly better than every other at level {@code alpha}, and send everyone after that to it.
 *
 * @param decideAfterDays days from the start of the run to the decision; 0 for a fixed horizon
 * @param alpha           significance level of the pairwise tests (familywise, Holm-corrected)
 */
public record Experiment(Decision decision, int decideAfterDays, double alpha) {
    /** The fewest variants an experiment compares. */
    public static final int MIN_VARIANTS = 2;
    /** The most variants: beyond five, pairwise comparisons (ten) need far more customers than a journey has. */
    public static final int MAX_VARIANTS = 5;
    public static final double DEFAULT_ALPHA = 0.05;
    /** The latest decision day lint accepts: a year. */
    public static final int MAX_DAYS = 365;

    /** How the experiment ends. */
    public enum Decision {
        /** Every variant keeps its share to the end; the report compares them. */
        FIXED_HORIZON("fixed_horizon"),
        /** After the given days, a significantly better variant takes every later customer. */
        PICK_WINNER("pick_winner");

        private final String json;

        Decision(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Decision> fromJson(String text) {
            return Arrays.stream(values()).filter(d -> d.json.equals(text)).findFirst();
        }
    }

    public Experiment {
        Objects.requireNonNull(decision, "decision");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the significance level must lie between 0 and 1");
        }
        if (decision == Decision.PICK_WINNER && decideAfterDays < 1) {
            throw new IllegalArgumentException("a winner is picked after 1 day or more");
        }
        if (decision == Decision.FIXED_HORIZON && decideAfterDays != 0) {
            throw new IllegalArgumentException("a fixed-horizon experiment has no decision day");
        }
    }

    public static Experiment fixedHorizon(double alpha) {
        return new Experiment(Decision.FIXED_HORIZON, 0, alpha);
    }

    public static Experiment pickWinner(int afterDays, double alpha) {
        return new Experiment(Decision.PICK_WINNER, afterDays, alpha);
    }

    /** For the canvas card, e.g. "winner after 14 d, α 0.05". */
    public String summary() {
        return decision == Decision.PICK_WINNER
                ? "winner after " + decideAfterDays + " d, α " + NumberText.format(alpha)
                : "fixed horizon";
    }
}
