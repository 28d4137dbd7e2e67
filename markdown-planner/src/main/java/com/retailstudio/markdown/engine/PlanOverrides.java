package com.retailstudio.markdown.engine;

import com.retailstudio.markdown.model.MarkdownRules;
import com.retailstudio.markdown.model.PlanResult;
import com.retailstudio.markdown.model.PriceChange;
import com.retailstudio.markdown.model.RuleBreach;
import com.retailstudio.markdown.model.StorePlan;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to a plan made by hand: a merchandiser sets the price of one week's step (another depth, or no markdown
 * at all) and sees the outcome recomputed under the fitted demand. The change applies to the row's planning unit —
 * every store of its price cluster when the cluster shares a price — and is refused, with the reason, when the
 * resulting price path breaks a rule the optimiser keeps ({@link PricePathRules}, the check a plan passes before
 * review).
 */
public final class PlanOverrides {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

    private PlanOverrides() {
    }

    /** What became of a change. */
    public sealed interface Outcome permits Applied, Rejected {
    }

    /**
     * The change kept every rule.
     *
     * @param result  the whole plan with the unit's rows replaced, totals and price changes recomputed
     * @param changed the replaced rows
     */
    public record Applied(PlanResult result, List<StorePlan> changed) implements Outcome {
    }

    /** The change broke a rule; the plan stays as it was. */
    public record Rejected(String reason) implements Outcome {
    }

    /**
     * Sets the price from week {@code week} (0 = the first remaining week) to {@code cents}, until the next step of
     * the plan; a price equal to the one before that week removes the step.
     */
    public static Outcome setStep(PlanResult result, StorePlan row, int week, int cents) {
        if (week < 0 || week >= row.weeks().size()) {
            return new Rejected("Week " + week + " is outside the plan's " + row.weeks().size() + " weeks.");
        }
        int[] prices = path(row.currentCents(), row.planCents(), week, cents);
        List<StorePlan> unit = unitOf(result, row);
        for (StorePlan member : unit) {
            Optional<String> broken = check(member, prices);
            if (broken.isPresent()) {
                return new Rejected(broken.get());
            }
        }
        List<StorePlan> changed = new ArrayList<>(unit.size());
        double before = 0;
        double after = 0;
        double stock = 0;
        double cost = 0;
        for (StorePlan member : unit) {
            StorePlan.Projection outcome = project(member, prices);
            changed.add(member.withPlan(prices, outcome));
            before += member.plan().leftover();
            after += outcome.leftover();
            stock += member.plan().startStock();
            cost += member.markdownCost(outcome, prices);
        }
        MarkdownRules rules = row.basis().rules();
        if (rules.hasMarkdownBudget()
                && cost > rules.markdownBudget() + MarkdownOptimizer.TOLERANCE * (1 + rules.markdownBudget())) {
            return new Rejected(String.format(Locale.ROOT, "That gives up %,.2f against today's price, over the "
                    + "markdown budget of %,.2f for this product%s.", cost, rules.markdownBudget(),
                    unit.size() > 1 ? " in its price cluster" : ""));
        }
        double unitCostBefore = 0;
        for (StorePlan member : unit) {
            unitCostBefore += member.planMarkdownCost();
        }
        double planCost = result.summary() == null ? cost : result.summary().markdownCost() - unitCostBefore + cost;
        if (result.budget().hasBudget() && cost > unitCostBefore
                && planCost > PlanBudget.allowance(result.budget().budget())) {
            return new Rejected(String.format(Locale.ROOT, "That brings the plan's markdown cost to %,.2f, over its "
                    + "markdown budget of %,.2f.", planCost, result.budget().budget()));
        }
        double target = row.basis().sellThroughTarget();
        if (!Double.isNaN(target)) {
            double allowed = (1 - target) * stock + 1e-6;
            if (before <= allowed && after > allowed) {
                return new Rejected(String.format(Locale.ROOT, "That leaves %,.0f units at exit (sell-through "
                                + "%.0f %%), short of the %.0f %% sell-through target.", after,
                        stock <= 0 ? 0 : (1 - after / stock) * 100, target * 100));
            }
        }
        return new Applied(withPlans(result, changed), List.copyOf(changed));
    }

    /** Removes the markdown that takes effect in week {@code week}: the price before it continues. */
    public static Outcome removeStep(PlanResult result, StorePlan row, int week) {
        if (week < 0 || week >= row.weeks().size()) {
            return new Rejected("Week " + week + " is outside the plan's " + row.weeks().size() + " weeks.");
        }
        int before = week == 0 ? row.currentCents() : row.planCents()[week - 1];
        if (row.planCents()[week] == before) {
            return new Rejected("There is no markdown in the week of " + DAY.format(row.weeks().get(week)) + ".");
        }
        return setStep(result, row, week, before);
    }

    /** The plan with some rows replaced (matched by product and store), totals and price changes recomputed. */
    public static PlanResult withPlans(PlanResult result, List<StorePlan> replacements) {
        List<StorePlan> plans = new ArrayList<>(result.plans().size());
        for (StorePlan p : result.plans()) {
            StorePlan replacement = p;
            for (StorePlan r : replacements) {
                if (r.key().equals(p.key())) {
                    replacement = r;
                    break;
                }
            }
            plans.add(replacement);
        }
        List<PriceChange> changes = MarkdownPlanner.priceChanges(plans);
        return new PlanResult(result.asOf(), result.demand(), plans, MarkdownPlanner.summarise(plans, changes.size()),
                changes, result.fitMillis(), result.optimiseMillis(), result.budget());
    }

    /** The rows that share the row's price path: the same product in the same planning unit. */
    public static List<StorePlan> unitOf(PlanResult result, StorePlan row) {
        return result.plans().stream().filter(p -> p.productId().equals(row.productId())
                && p.basis().unit().equals(row.basis().unit())).toList();
    }

    /** The new price path: weeks before {@code week} unchanged, then {@code cents} until the plan's next step. */
    static int[] path(int currentCents, int[] plan, int week, int cents) {
        int[] out = plan.clone();
        out[week] = cents;
        for (int t = week + 1; t < plan.length && plan[t] == plan[t - 1]; t++) {
            out[t] = cents;
        }
        return out;
    }

    /** Breaches of the price of a week itself, reported before any other: the price cannot be taken at all. */
    private static final Set<String> PRICE_RULES = Set.of(PricePathRules.LADDER, PricePathRules.PRICE_ENDINGS,
            PricePathRules.MAX_DEPTH, PricePathRules.FIRST_DEPTH);

    /**
     * The first rule a price path breaks for a row, in a merchandiser's words. The rules are checked by
     * {@link PricePathRules}, the same check a plan passes before review, under the rules the row was planned with.
     */
    static Optional<String> check(StorePlan row, int[] prices) {
        MarkdownRules rules = row.basis().rules();
        List<RuleBreach> breaches = PricePathRules.check(rules, row.pricePath(prices));
        Optional<RuleBreach> first = breaches.stream().filter(b -> PRICE_RULES.contains(b.rule())).findFirst()
                .or(() -> breaches.stream().findFirst());
        return first.map(breach -> inWords(row, prices, rules, breach));
    }

    private static String inWords(StorePlan row, int[] prices, MarkdownRules rules, RuleBreach breach) {
        int t = (int) ChronoUnit.WEEKS.between(row.weeks().get(0), breach.week());
        String week = DAY.format(breach.week());
        int before = t == 0 ? row.currentCents() : prices[t - 1];
        switch (breach.rule()) {
            case PricePathRules.LADDER, PricePathRules.PRICE_ENDINGS, PricePathRules.MAX_DEPTH,
                    PricePathRules.FIRST_DEPTH -> {
                return String.format(Locale.ROOT, "%s is not a price this product may take: the ladder, price "
                        + "endings, maximum depth and first-markdown depth allow %s.", money(prices[t]),
                        rungList(row.basis().rungCents()));
            }
            case PricePathRules.NO_INCREASE -> {
                return String.format(Locale.ROOT, "The price would go up from %s to %s in the week of %s; markdown "
                        + "prices never go up.", money(before), money(prices[t]), week);
            }
            case PricePathRules.FIRST_WEEK -> {
                int allowed = Math.max(0, Math.min(rules.noMarkdownBeforeWeek() - row.basis().seasonWeek(),
                        row.weeks().size() - 1));
                return "No markdown may take effect before the week of " + DAY.format(row.weeks().get(allowed))
                        + " (the rules allow none before that week of the season), but one would in the week of "
                        + week + ".";
            }
            case PricePathRules.MIN_GAP -> {
                int since = row.basis().weeksSinceLast() + t;
                for (int u = t - 1; u >= 0; u--) {
                    if (prices[u] < (u == 0 ? row.currentCents() : prices[u - 1])) {
                        since = t - u;
                        break;
                    }
                }
                return String.format(Locale.ROOT, "The markdown in the week of %s comes %d week%s after the one "
                        + "before; the rules ask for at least %d.", week, since, since == 1 ? "" : "s",
                        rules.minWeeksBetween());
            }
            case PricePathRules.MAX_MARKDOWNS -> {
                int taken = row.basis().markdownsTaken();
                return String.format(Locale.ROOT, "That makes %d markdowns this season (%d already taken); the rules "
                        + "allow at most %d.", taken + markdowns(row.currentCents(), prices), taken,
                        rules.maxMarkdowns());
            }
            default -> {
                return "That breaks the rule '" + breach.rule() + "' in the week of " + week + ": " + breach.detail()
                        + ".";
            }
        }
    }

    private static int markdowns(int currentCents, int[] prices) {
        int count = 0;
        int previous = currentCents;
        for (int cents : prices) {
            if (cents < previous) {
                count++;
            }
            previous = cents;
        }
        return count;
    }

    /** The row's outcome under its fitted demand for a price path. */
    static StorePlan.Projection project(StorePlan row, int[] prices) {
        StorePlan.Basis b = row.basis();
        MarkdownProblem problem = new MarkdownProblem(b.level(), b.rungCents(), row.fullPrice(), b.elasticity(),
                b.theta(), b.fixtureStock(), row.plan().startStock(), row.unitCost(), b.salvagePerUnit(),
                b.markdownsTaken(), b.weeksSinceLast(), b.firstAllowed(), b.maxMarkdowns(), b.minGap(),
                Double.POSITIVE_INFINITY);
        PlanEvaluator.Outcome o = PlanEvaluator.evaluate(problem, prices);
        return new StorePlan.Projection(o.units(), o.stock(), o.revenue(), o.totalUnits(), o.totalRevenue(),
                o.leftover(), o.salvage(), o.margin(), o.startStock());
    }

    private static String rungList(int[] rungs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rungs.length; i++) {
            out.append(i == 0 ? "" : i == rungs.length - 1 ? " or " : ", ").append(money(rungs[i]));
        }
        return out.toString();
    }

    private static String money(int cents) {
        return String.format(Locale.ROOT, "%.2f", cents / 100.0);
    }
}
