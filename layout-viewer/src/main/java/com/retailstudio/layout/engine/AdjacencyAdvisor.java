package com.retailstudio.layout.engine;

import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import com.retailstudio.layout.model.AdjacencyRecommendation;
import com.retailstudio.layout.model.CategoryAffinity;
import com.retailstudio.layout.model.PairChange;
import com.retailstudio.layout.model.StorePlan;
import com.retailstudio.layout.model.WhatIfResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adjacency recommendations and what-ifs under a stated proximity model.
 *
 * <p>Model: for a category pair (A, B) with positive excess co-purchases E = n_AB − n_A × n_B / n (the baskets beyond
 * what independence predicts; zero or less means no affinity to exploit), the expected co-purchase baskets when
 * their zones are d metres apart is X(d) = n_AB + ρ × E × (d_now − d) / d_span, where d_now is their walking distance
 * today and d_span the longest walking distance between two category zones of the store. In words: bringing a pair
 * from the far ends of the store to the same spot lifts its affinity-driven co-purchases by ρ (default 6 %, the upper
 * end of the +5–6 % that cross-category reorganisation gained in Drèze, Hoch and Purk, 1994), linearly in the distance
 * saved; moving it apart loses the same way. Categories without affinity (E ≤ 0) are unaffected, and the total
 * number of shoppers and baskets does not change. The gain of a move is the change of Σ X over all pairs.
 */
public final class AdjacencyAdvisor {

    /**
     * @param minLift         a pair needs at least this lift to be recommended
     * @param proximityUplift ρ: relative gain of affinity-driven co-purchases from the longest walk to none
     */
    public record Settings(double minLift, double proximityUplift) {
        public static final Settings DEFAULTS = new Settings(1.2, 0.06);
    }

    private final StorePlan plan;
    private final double[][] distances;
    private final List<CategoryAffinity> pairs;
    private final Settings settings;
    private final Map<String, Integer> zoneOfCategory = new HashMap<>();
    private final List<Integer> categoryZones = new ArrayList<>();
    private final double span;

    /**
     * @param zoneDistances walking distances between the plan's zones ({@link WalkingGrid#zoneDistances})
     * @param affinities    the store's category pairs (already filtered by minimum support)
     */
    public AdjacencyAdvisor(StorePlan plan, double[][] zoneDistances, List<CategoryAffinity> affinities,
                            Settings settings) {
        this.plan = plan;
        this.distances = zoneDistances;
        this.settings = settings;
        for (int i = 0; i < plan.zones().size(); i++) {
            Zone z = plan.zones().get(i);
            if (z.zoneType() == ZoneType.CATEGORY) {
                categoryZones.add(i);
                int index = i;
                z.category().ifPresent(c -> zoneOfCategory.putIfAbsent(c, index));
            }
        }
        this.pairs = affinities.stream().filter(a -> zoneOfCategory.containsKey(a.categoryA())
                && zoneOfCategory.containsKey(a.categoryB())).toList();
        double longest = 0;
        for (int i : categoryZones) {
            for (int j : categoryZones) {
                if (Double.isFinite(distances[i][j])) {
                    longest = Math.max(longest, distances[i][j]);
                }
            }
        }
        this.span = longest;
    }

    /** The longest walking distance between two category zones (d_span of the model). */
    public double span() {
        return span;
    }

    /** The model's assumptions in plain words, with this store's figures, for anyone reading a what-if. */
    public List<String> assumptions() {
        return List.of(
                String.format(Locale.ROOT, "Only co-purchases beyond chance respond to distance: +%.0f %% of "
                        + "them from the farthest zones (%.0f m apart) to the same spot, linear in metres saved "
                        + "(Drèze, Hoch and Purk 1994).", settings.proximityUplift() * 100, span),
                "Shoppers, baskets and each category's own sales stay the same.",
                "The moved category swaps zones with the one in the target zone.",
                "Distances are walked round the shelves; figures cover the analysed period.");
    }

    /**
     * The expected effect of moving {@code category} into the category zone {@code zoneId}.
     *
     * @throws IllegalArgumentException when the category has no zone or the zone is not a category zone
     */
    public WhatIfResult whatIf(String category, String zoneId) {
        Integer from = zoneOfCategory.get(category);
        if (from == null) {
            throw new IllegalArgumentException("Category " + category + " has no zone in store " + plan.storeId() + ".");
        }
        int to = -1;
        for (int i : categoryZones) {
            if (plan.zones().get(i).zoneId().equals(zoneId)) {
                to = i;
            }
        }
        if (to < 0) {
            throw new IllegalArgumentException("Zone " + zoneId + " is not a category zone of store "
                    + plan.storeId() + ".");
        }
        Optional<String> swapped = plan.zones().get(to).category().filter(c -> !c.equals(category));
        Map<String, Integer> after = new HashMap<>(zoneOfCategory);
        after.put(category, to);
        if (swapped.isPresent() && zoneOfCategory.get(swapped.get()) == to) {
            after.put(swapped.get(), from);
        }
        double before = 0;
        double total = 0;
        double revenue = 0;
        List<PairChange> changes = new ArrayList<>();
        for (CategoryAffinity p : pairs) {
            double excess = p.excessBaskets();
            double now = distances[zoneOfCategory.get(p.categoryA())][zoneOfCategory.get(p.categoryB())];
            double then = distances[after.get(p.categoryA())][after.get(p.categoryB())];
            double x = p.basketsBoth();
            double y = excess > 0 && span > 0 && Double.isFinite(now) && Double.isFinite(then)
                    ? x + settings.proximityUplift() * excess * (now - then) / span : x;
            before += x;
            total += y;
            revenue += (y - x) * p.coPurchaseValue();
            if (Math.abs(then - now) > 1e-9) {
                changes.add(new PairChange(p.categoryA(), p.categoryB(), now, then, x, y));
            }
        }
        changes.sort(Comparator.comparingDouble((PairChange c) -> -Math.abs(c.coPurchasesAfter()
                - c.coPurchasesBefore())).thenComparing(PairChange::categoryA).thenComparing(PairChange::categoryB));
        return new WhatIfResult(category, plan.zones().get(from).zoneId(), zoneId, swapped, before, total, revenue,
                changes);
    }

    /**
     * Pairs with lift at least the minimum whose zones are farther apart than A's nearest other category zone, each
     * with the single move (one of the two categories into a zone closer to the other) of largest net gain over all
     * pairs; only moves with a positive net gain are kept, largest gain first, and a swap of two zones that several
     * pairs ask for is listed once, under the pair ranked first.
     */
    /**
     * Less than this many extra co-purchase baskets reads as "+0.0" and is no gain worth moving a fixture for.
     */
    public static final double MIN_GAIN_BASKETS = 0.05;

    /**
     * Whether a move is worth recommending: at least {@link #MIN_GAIN_BASKETS} extra co-purchase baskets and more
     * revenue, not less; a move that only shifts baskets around or costs revenue is left to the what-if.
     */
    static boolean offersAGain(WhatIfResult move) {
        return move.coPurchaseDelta() >= MIN_GAIN_BASKETS && move.revenueDelta() > 0;
    }

    public List<AdjacencyRecommendation> recommendations() {
        List<AdjacencyRecommendation> found = new ArrayList<>();
        for (CategoryAffinity p : pairs) {
            if (p.lift() < settings.minLift()) {
                continue;
            }
            int za = zoneOfCategory.get(p.categoryA());
            int zb = zoneOfCategory.get(p.categoryB());
            double d = distances[za][zb];
            double nearest = nearestOther(za);
            if (!Double.isFinite(d) || d <= nearest + 1e-9) {
                continue;
            }
            WhatIfResult best = null;
            double bestAfter = d;
            for (String[] mover : new String[][] {{p.categoryB(), p.categoryA()}, {p.categoryA(), p.categoryB()}}) {
                int anchor = zoneOfCategory.get(mover[1]);
                for (int z : categoryZones) {
                    if (z == anchor || distances[anchor][z] >= d) {
                        continue;
                    }
                    WhatIfResult result = whatIf(mover[0], plan.zones().get(z).zoneId());
                    if (best == null || result.coPurchaseDelta() > best.coPurchaseDelta() + 1e-12) {
                        best = result;
                        bestAfter = distances[anchor][z];
                    }
                }
            }
            if (best != null && offersAGain(best)) {
                found.add(new AdjacencyRecommendation(0, p, plan.zones().get(za).zoneId(),
                        plan.zones().get(zb).zoneId(), d, nearest, best, bestAfter));
            }
        }
        found.sort(Comparator.comparingDouble(AdjacencyRecommendation::expectedGain).reversed());
        List<AdjacencyRecommendation> ranked = new ArrayList<>();
        Set<String> swaps = new HashSet<>();
        for (AdjacencyRecommendation r : found) {
            // two pairs may ask for the same swap; it is one change of layout, listed once under its best pair
            String a = r.move().fromZoneId();
            String b = r.move().toZoneId();
            if (!swaps.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
                continue;
            }
            ranked.add(new AdjacencyRecommendation(ranked.size() + 1, r.affinity(), r.zoneA(), r.zoneB(),
                    r.distanceM(), r.nearestM(), r.move(), r.distanceAfterM()));
        }
        return ranked;
    }

    private double nearestOther(int zone) {
        double best = Double.POSITIVE_INFINITY;
        for (int z : categoryZones) {
            if (z != zone) {
                best = Math.min(best, distances[zone][z]);
            }
        }
        return best;
    }
}
