package com.retailstudio.layout.model;

/**
 * How often two categories are bought together, over the baskets of an analysis.
 *
 * @param categoryA    first category (alphabetically)
 * @param categoryB    second category
 * @param baskets      baskets analysed
 * @param basketsA     baskets with A
 * @param basketsB     baskets with B
 * @param basketsBoth  baskets with both
 * @param support      basketsBoth / baskets
 * @param confidenceAB basketsBoth / basketsA: P(B | A)
 * @param confidenceBA basketsBoth / basketsB: P(A | B)
 * @param lift         support / (support(A) × support(B)); 1 means independent
 * @param coPurchaseValue mean till value of the A and B lines in the baskets with both (currency units)
 */
public record CategoryAffinity(String categoryA, String categoryB, int baskets, int basketsA, int basketsB,
                               int basketsBoth, double support, double confidenceAB, double confidenceBA,
                               double lift, double coPurchaseValue) {

    /** Co-purchases beyond what independence predicts: basketsBoth − basketsA × basketsB / baskets. */
    public double excessBaskets() {
        return basketsBoth - (double) basketsA * basketsB / baskets;
    }
}
