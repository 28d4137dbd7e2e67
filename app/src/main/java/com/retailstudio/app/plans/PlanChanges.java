package com.retailstudio.app.plans;

import com.retailstudio.markdown.model.PlanSummary;
import com.retailstudio.markdown.model.PricePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a markdown plan version changes for a reviewer: one row per product, store and week priced differently from
 * the plan it is compared with (for a first plan: each price change against today's shelf price), and a few
 * plain-language lines with the totals.
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    /** Every week whose price differs, sorted by product, store and week. */
    public static List<PlanPriceDifference> prices(Optional<MarkdownPlanDocument> baseline,
                                                   MarkdownPlanDocument plan) {
        Map<String, Double> fullPrices = fullPrices(plan);
        baseline.ifPresent(compared -> fullPrices(compared).forEach(fullPrices::putIfAbsent));
        if (baseline.isEmpty()) {
            return plan.priceChanges().stream()
                    .map(change -> new PlanPriceDifference(change.productId(), change.storeId(),
                            change.effectiveDate(), Optional.of(change.oldPrice()), Optional.of(change.newPrice()),
                            fullPrices.getOrDefault(change.productId() + "\u0000" + change.storeId(), 0.0)))
                    .sorted(ORDER)
                    .toList();
        }
        Map<String, Double> before = weeklyPrices(baseline.get());
        Map<String, Double> after = weeklyPrices(plan);
        Map<String, PlanPriceDifference> rows = new TreeMap<>();
        for (String key : union(before, after)) {
            Double was = before.get(key);
            Double now = after.get(key);
            if (was == null || !was.equals(now)) {
                String[] part = key.split("\u0000");
                rows.put(key, new PlanPriceDifference(part[0], part[1], LocalDate.parse(part[2]),
                        Optional.ofNullable(was), Optional.ofNullable(now),
                        fullPrices.getOrDefault(part[0] + "\u0000" + part[1], 0.0)));
            }
        }
        return rows.values().stream().sorted(ORDER).toList();
    }

    /** The plain-language lines: what the plan does, its projected totals, how many weeks are priced differently. */
    public static List<String> lines(Optional<MarkdownPlanDocument> baseline, MarkdownPlanDocument plan,
                                     List<PlanPriceDifference> prices) {
        List<String> lines = new ArrayList<>();
        PlanSummary s = plan.summary();
        if (baseline.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "+ a new markdown plan \"%s\": %,d price changes over %,d "
                    + "product-stores", plan.name(), plan.priceChanges().size(), s.productStores()));
        } else {
            lines.add(prices.isEmpty() ? "No price differs from the compared plan."
                    : String.format(Locale.ROOT, "~ %,d product-store %s priced differently", prices.size(),
                            prices.size() == 1 ? "week" : "weeks"));
            PlanSummary was = baseline.get().summary();
            lines.add(String.format(Locale.ROOT, "~ projected margin %,.2f (was %,.2f)", s.margin(), was.margin()));
        }
        lines.add(String.format(Locale.ROOT, "  margin %+.1f %% against the rule-of-thumb baseline, sell-through "
                        + "%.1f %%, %,.0f units left at exit (projected under the fitted demand model)",
                s.marginUpliftPct(), 100 * s.sellThrough(), s.leftoverUnits()));
        lines.add(String.format(Locale.ROOT, "  objective %s %,.2f (baseline %,.2f, keeping prices %,.2f)%s",
                s.objectiveName(), s.objectiveValue(), s.baselineObjective(), s.keepObjective(),
                s.holdingPrice() < 0 ? "" : String.format(Locale.ROOT, "; %,d of %,d product-stores hold the price",
                        s.holdingPrice(), s.productStores())));
        return List.copyOf(lines);
    }

    private static final Comparator<PlanPriceDifference> ORDER = Comparator.comparing(PlanPriceDifference::productId)
            .thenComparing(PlanPriceDifference::storeId).thenComparing(PlanPriceDifference::week);

    /** Full price per product and store ("product\u0000store"), which depths off full price are measured from. */
    private static Map<String, Double> fullPrices(MarkdownPlanDocument plan) {
        Map<String, Double> prices = new TreeMap<>();
        for (PricePath path : plan.paths()) {
            prices.put(path.productId() + "\u0000" + path.storeId(), path.fullCents() / 100.0);
        }
        return prices;
    }

    private static Map<String, Double> weeklyPrices(MarkdownPlanDocument plan) {
        Map<String, Double> prices = new TreeMap<>();
        for (PricePath path : plan.paths()) {
            int[] cents = path.planCents();
            for (int t = 0; t < cents.length; t++) {
                prices.put(path.productId() + "\u0000" + path.storeId() + "\u0000" + path.firstWeek().plusWeeks(t),
                        cents[t] / 100.0);
            }
        }
        return prices;
    }

    private static Set<String> union(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
