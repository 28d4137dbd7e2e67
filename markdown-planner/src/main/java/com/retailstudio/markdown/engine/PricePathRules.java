package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PricePath;
import com.retailstudio.markdown.model.RuleBook;
import com.retailstudio.markdown.model.RuleBreach;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks price paths against the rules the optimiser honours ({@link MarkdownOptimizer}, {@link PriceLadder}), from
 * outside: a plan that was edited, imported or planned under other rules is caught here. One place holds what
 * "keeps the rules" means; the optimiser's property test asserts its plans pass this check.
 *
 * <p>Checked: prices never go up; every markdown price is a rung of the product's ladder (allowed discount steps,
 * price endings, maximum depth); no markdown before the first allowed week of the season; the minimum weeks between
 * markdowns, counting from the last one before the path; the maximum number of markdowns, counting those taken; the
 * season's first markdown at least the first-markdown depth off full price (only when none was taken before the path);
 * no week after the exit week; stores of a price cluster share one price path when cluster pricing is on. A
 * sell-through target is a goal, not a limit on prices, so it is not checked here.
 */
public final class PricePathRules {

    public static final String NO_INCREASE = "prices never go up";
    public static final String LADDER = "discount ladder";
    public static final String PRICE_ENDINGS = "price endings";
    public static final String MAX_DEPTH = "maximum depth";
    public static final String FIRST_DEPTH = "first markdown at least";
    public static final String FIRST_WEEK = "no markdown before week of season";
    public static final String MIN_GAP = "minimum weeks between markdowns";
    public static final String MAX_MARKDOWNS = "maximum markdowns in the season";
    public static final String EXIT_WEEK = "exit week";
    public static final String CLUSTER_PRICING = "price clusters share a price";

    private PricePathRules() {
    }

    /** Every breach of the paths under the rule book (each path under its category's rules), in path order. */
    public static List<RuleBreach> check(RuleBook rules, List<PricePath> paths) {
        List<RuleBreach> breaches = new ArrayList<>();
        Map<String, PricePath> clusterLeaders = new LinkedHashMap<>();
        for (PricePath path : paths) {
            MarkdownRules r = rules.forCategory(path.category());
            breaches.addAll(check(r, path));
            if (r.clusterPricing()) {
                PricePath leader = clusterLeaders.putIfAbsent(path.productId() + "\u0000" + path.cluster(), path);
                if (leader != null) {
                    clusterBreach(leader, path).ifPresent(breaches::add);
                }
            }
        }
        return List.copyOf(breaches);
    }

    /** Every breach of one path under one category's rules, in week order. */
    public static List<RuleBreach> check(MarkdownRules rules, PricePath path) {
        List<RuleBreach> breaches = new ArrayList<>();
        int[] prices = path.planCents();
        // every step of the ladder: the first markdown's depth is its own rule, so a later markdown (after one taken
        // before the path) may take a step shallower than that depth
        int[] rungs = PriceLadder.rungs(path.fullCents(), path.currentCents(), rules.withFirstMarkdownMinDepth(0));
        int exit = rules.exitWeek() >= 0 ? Math.min(rules.exitWeek(), path.seasonWeeks()) : path.seasonWeeks();
        int previous = path.currentCents();
        int markdowns = path.markdownsTaken();
        // the week index of the last markdown; the one before the path lies weeksSinceLast weeks before week 0
        long lastMarkdown = -(long) Math.max(0, path.weeksSinceLast());
        for (int t = 0; t < prices.length; t++) {
            int price = prices[t];
            LocalDate week = path.firstWeek().plusWeeks(t);
            if (path.seasonWeek() + t >= exit) {
                breaches.add(breach(path, t, EXIT_WEEK, "a price is planned for week " + (path.seasonWeek() + t)
                        + " of the season; the product exits at week " + exit));
                break;
            }
            if (price > previous) {
                breaches.add(breach(path, t, NO_INCREASE, "the price rises from " + money(previous) + " to "
                        + money(price)));
            } else if (price < previous) {
                Problem rung = rungProblem(rules, path, rungs, price);
                if (rung != null) {
                    breaches.add(breach(path, t, rung.rule(), rung.detail()));
                }
                double depth = 1 - price / (double) path.fullCents();
                if (markdowns == 0 && depth < rules.firstMarkdownMinDepth() - 1e-6) {
                    breaches.add(breach(path, t, FIRST_DEPTH, "the season's first markdown, to " + money(price)
                            + ", is " + percent(depth) + " off the full price " + money(path.fullCents())
                            + "; it must be at least " + percent(rules.firstMarkdownMinDepth())));
                }
                if (path.seasonWeek() + t < rules.noMarkdownBeforeWeek()) {
                    breaches.add(breach(path, t, FIRST_WEEK, "a markdown in week " + (path.seasonWeek() + t)
                            + " of the season; none may take effect before week " + rules.noMarkdownBeforeWeek()));
                }
                long gap = t - lastMarkdown;
                if (gap < rules.minWeeksBetween()) {
                    breaches.add(breach(path, t, MIN_GAP, "a markdown " + gap + (gap == 1 ? " week" : " weeks")
                            + " after the previous one; " + rules.minWeeksBetween() + " are required"));
                }
                markdowns++;
                if (markdowns > rules.maxMarkdowns()) {
                    breaches.add(breach(path, t, MAX_MARKDOWNS, "markdown number " + markdowns
                            + " of the season (counting " + path.markdownsTaken() + " already taken); at most "
                            + rules.maxMarkdowns() + " are allowed"));
                }
                lastMarkdown = t;
            }
            previous = price;
        }
        return breaches;
    }

    private record Problem(String rule, String detail) {
    }

    /** The rule a markdown price breaks, or null when it is a rung of the ladder. */
    private static Problem rungProblem(MarkdownRules rules, PricePath path, int[] rungs, int price) {
        for (int rung : rungs) {
            if (rung == price) {
                return null;
            }
        }
        double depth = 1 - price / (double) path.fullCents();
        if (depth > rules.maxDepth() + 1e-9) {
            return new Problem(MAX_DEPTH, money(price) + " is " + percent(depth) + " off the full price "
                    + money(path.fullCents()) + "; at most " + percent(rules.maxDepth()) + " is allowed");
        }
        if (!PriceLadder.hasAllowedEnding(price, rules)) {
            return new Problem(PRICE_ENDINGS, money(price) + " does not end in an allowed ending ("
                    + rules.priceEndings().stream().map(e -> String.format(Locale.ROOT, ".%02d", e)).toList() + ")");
        }
        return new Problem(LADDER, money(price) + " is not a step of the ladder from " + money(path.currentCents())
                + "; allowed: " + Arrays.stream(rungs).skip(1).mapToObj(PricePathRules::money).toList());
    }

    private static Optional<RuleBreach> clusterBreach(PricePath leader, PricePath path) {
        int[] a = leader.planCents();
        int[] b = path.planCents();
        for (int t = 0; t < Math.max(a.length, b.length); t++) {
            if (t >= a.length || t >= b.length || a[t] != b[t] || !leader.firstWeek().equals(path.firstWeek())) {
                return Optional.of(breach(path, t, CLUSTER_PRICING, "store " + path.storeId()
                        + " is priced " + (t < b.length ? money(b[t]) : "nothing") + " but store "
                        + leader.storeId() + " of the same cluster " + path.cluster() + " is priced "
                        + (t < a.length ? money(a[t]) : "nothing")));
            }
        }
        return Optional.empty();
    }

    private static RuleBreach breach(PricePath path, int week, String rule, String detail) {
        return new RuleBreach(path.productId(), path.storeId(), path.firstWeek().plusWeeks(week), rule, detail);
    }

    private static String money(int cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
