package com.retailstudio.markdown.engine;

/** Price paths a merchandiser would use without the optimiser. */
public final class Baselines {

    private Baselines() {
    }

    /** Keeps the current price to exit. */
    public static int[] noMarkdown(MarkdownProblem p) {
        return new int[p.weeks()];
    }

    /**
     * The rule of thumb: 30 % off from four weeks before exit, 50 % off from two weeks before exit (the first rung at
     * least that deep, or the deepest rung), never above the current price. Rung indexes per week.
     */
    public static int[] ruleOfThumb(MarkdownProblem p) {
        int[] out = new int[p.weeks()];
        for (int t = 0; t < out.length; t++) {
            int weeksToExit = out.length - t;
            double depth = weeksToExit <= 2 ? 0.5 : weeksToExit <= 4 ? 0.3 : 0.0;
            out[t] = rungAtLeast(p, depth);
        }
        return out;
    }

    private static int rungAtLeast(MarkdownProblem p, double depth) {
        if (depth <= 0) {
            return 0;
        }
        int[] rungs = p.rungCents();
        for (int r = 0; r < rungs.length; r++) {
            if (1 - rungs[r] / (p.fullPrice() * 100) >= depth - 1e-9) {
                return r;
            }
        }
        return rungs.length - 1;
    }
}
