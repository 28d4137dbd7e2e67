package com.retailstudio.data.io;

/**
 * The allowed interval of a numeric column; an unbounded side is an infinity.
 *
 * @param min          lower bound
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper bound
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    public static Range above(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false);
    }

    public static Range between(double min, double max) {
        return new Range(min, true, max, true);
    }

    public boolean contains(double value) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** How the contract spells the range: {@code 0..1}, {@code > 0}, {@code >= 0}. */
    public String describe() {
        if (Double.isInfinite(max)) {
            return (minInclusive ? ">= " : "> ") + number(min);
        }
        if (minInclusive && maxInclusive) {
            return number(min) + ".." + number(max);
        }
        return (minInclusive ? "[" : "(") + number(min) + ", " + number(max) + (maxInclusive ? "]" : ")");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
