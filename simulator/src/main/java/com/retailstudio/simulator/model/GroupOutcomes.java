package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The treated-against-holdout part of {@link SimulationResults}: customers, goal conversions and revenue per group,
 * first conversions per UTC day of the simulated period, and how many messages each treated customer got (fatigue).
 */
final class GroupOutcomes implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NO_DAY = Long.MIN_VALUE;

    private final long[] histogram = new long[SimulationResults.HISTOGRAM_BUCKETS];
    private long treated;
    private long holdout;
    private long treatedConversions;
    private long holdoutConversions;
    private long treatedRevenue;
    private long holdoutRevenue;
    /** The first UTC day of the simulated period (epoch day), or {@link #NO_DAY} before one is set. */
    private long firstDay = NO_DAY;
    private long[] treatedConversionsByDay = new long[0];
    private long[] holdoutConversionsByDay = new long[0];

    void period(long startEpochSecond, long endEpochSecond) {
        long start = Math.floorDiv(startEpochSecond, 86_400L);
        long end = Math.floorDiv(endEpochSecond, 86_400L);
        if (end < start) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        firstDay = start;
        treatedConversionsByDay = new long[(int) (end - start + 1)];
        holdoutConversionsByDay = new long[(int) (end - start + 1)];
    }

    void merge(GroupOutcomes other) {
        Sums.add(histogram, other.histogram);
        treated += other.treated;
        holdout += other.holdout;
        treatedConversions += other.treatedConversions;
        holdoutConversions += other.holdoutConversions;
        treatedRevenue += other.treatedRevenue;
        holdoutRevenue += other.holdoutRevenue;
        if (other.firstDay != NO_DAY) {
            if (firstDay == NO_DAY) {
                firstDay = other.firstDay;
                treatedConversionsByDay = new long[other.treatedConversionsByDay.length];
                holdoutConversionsByDay = new long[other.holdoutConversionsByDay.length];
            } else if (firstDay != other.firstDay
                    || treatedConversionsByDay.length != other.treatedConversionsByDay.length) {
                throw new IllegalArgumentException("results of different periods cannot be merged");
            }
            Sums.add(treatedConversionsByDay, other.treatedConversionsByDay);
            Sums.add(holdoutConversionsByDay, other.holdoutConversionsByDay);
        }
    }

    /** See {@link SimulationResults#enteredCustomer}. */
    void enteredCustomer(boolean heldOut, long firstConversion, double goalRevenue, int messages) {
        boolean convertedGoal = firstConversion != SimulationResults.NOT_CONVERTED;
        if (heldOut) {
            holdout++;
            holdoutConversions += convertedGoal ? 1 : 0;
            holdoutRevenue += Sums.cents(goalRevenue);
        } else {
            treated++;
            treatedConversions += convertedGoal ? 1 : 0;
            treatedRevenue += Sums.cents(goalRevenue);
            histogram[Math.min(messages, SimulationResults.HISTOGRAM_BUCKETS - 1)]++;
        }
        if (convertedGoal && firstDay != NO_DAY) {
            long[] days = heldOut ? holdoutConversionsByDay : treatedConversionsByDay;
            int day = (int) Math.max(0, Math.min(days.length - 1, Math.floorDiv(firstConversion, 86_400L) - firstDay));
            days[day]++;
        }
    }

    long treatedCustomers() {
        return treated;
    }

    long holdoutCustomers() {
        return holdout;
    }

    long treatedConversions() {
        return treatedConversions;
    }

    long holdoutConversions() {
        return holdoutConversions;
    }

    double treatedRevenue() {
        return treatedRevenue / 100.0;
    }

    double holdoutRevenue() {
        return holdoutRevenue / 100.0;
    }

    Uplift uplift() {
        return Uplift.of(treated, treatedConversions, treatedRevenue(), holdout, holdoutConversions, holdoutRevenue());
    }

    long[] messagesPerCustomer() {
        return histogram.clone();
    }

    Optional<LocalDate> firstDay() {
        return firstDay == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(firstDay));
    }

    long[] treatedConversionsByDay() {
        return treatedConversionsByDay.clone();
    }

    long[] holdoutConversionsByDay() {
        return holdoutConversionsByDay.clone();
    }

    /** The group totals and the fatigue histogram as text, for {@link SimulationResults#fingerprint()}. */
    String fingerprintTotals() {
        return treated + "/" + holdout + "/" + treatedConversions + "/" + holdoutConversions + "/" + treatedRevenue
                + "/" + holdoutRevenue + Arrays.toString(histogram);
    }

    /** The conversions by day as text, for {@link SimulationResults#fingerprint()}. */
    String fingerprintByDay() {
        return firstDay + Arrays.toString(treatedConversionsByDay) + Arrays.toString(holdoutConversionsByDay);
    }
}
