package com.retailstudio.layout.engine;

import com.retailstudio.layout.model.CategoryAffinity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Category pair support, confidence and lift over a set of baskets (a basket counts a category once however many
 * lines it has of it). Pairs below the minimum support are left out.
 */
public final class BasketAffinityCalculator {

    private BasketAffinityCalculator() {
    }

    /** Pairs with support at least {@code minSupport}, strongest lift first (ties: more baskets with both first). */
    public static List<CategoryAffinity> compute(List<String> categories, List<TillBasket> baskets, double minSupport) {
        int k = categories.size();
        int[] single = new int[k];
        int[][] both = new int[k][k];
        double[][] value = new double[k][k];
        for (TillBasket b : baskets) {
            int[] cats = b.categories();
            double[] revenue = b.revenue();
            for (int i = 0; i < cats.length; i++) {
                single[cats[i]]++;
                for (int j = i + 1; j < cats.length; j++) {
                    both[cats[i]][cats[j]]++;
                    value[cats[i]][cats[j]] += revenue[i] + revenue[j];
                }
            }
        }
        int n = baskets.size();
        List<CategoryAffinity> result = new ArrayList<>();
        if (n == 0) {
            return result;
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int ab = both[a][b];
                double support = (double) ab / n;
                if (ab == 0 || support < minSupport) {
                    continue;
                }
                double sa = (double) single[a] / n;
                double sb = (double) single[b] / n;
                // names in alphabetical order so a pair reads the same whatever the category list's order
                boolean swap = categories.get(a).compareTo(categories.get(b)) > 0;
                int first = swap ? b : a;
                int second = swap ? a : b;
                result.add(new CategoryAffinity(categories.get(first), categories.get(second), n, single[first],
                        single[second], ab, support, (double) ab / single[first], (double) ab / single[second],
                        support / (sa * sb), value[a][b] / ab));
            }
        }
        result.sort(Comparator.comparingDouble(CategoryAffinity::lift).reversed()
                .thenComparing(Comparator.comparingInt(CategoryAffinity::basketsBoth).reversed())
                .thenComparing(CategoryAffinity::categoryA).thenComparing(CategoryAffinity::categoryB));
        return result;
    }
}
