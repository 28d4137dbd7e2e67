package com.retailstudio.simulator.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The experiment part of {@link SimulationResults}: for each experiment split, per variant, the customers it assigned
 * at random and those of them who converted within the goal window of the entry that brought them there, counted by
 * the day of the period by which that was known (assigned and window closed), so the customers observable on any
 * decision day can be read back; and the customers sent to a picked winner after its decision, apart, since they were not assigned at random.
 */
public final class ExperimentCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NO_START = Long.MIN_VALUE;
    private static final long DAY = 86_400L;

    private final String[] nodeIds;
    private final String[][] variantIds;
    private long start = NO_START;
    /** [experiment][variant][day the outcome was known, counted from the period's start, rounded up]. */
    private long[][][] customersByDay;
    private long[][][] conversionsByDay;
    private final long[][] customers;
    private final long[][] conversions;
    private final long[] winnerCustomers;
    private final long[] winnerConversions;

    ExperimentCounts(List<String> nodeIds, List<List<String>> variantIds) {
        this.nodeIds = nodeIds.toArray(String[]::new);
        this.variantIds = variantIds.stream().map(v -> v.toArray(String[]::new)).toArray(String[][]::new);
        customers = new long[this.nodeIds.length][];
        conversions = new long[this.nodeIds.length][];
        for (int e = 0; e < customers.length; e++) {
            customers[e] = new long[this.variantIds[e].length];
            conversions[e] = new long[this.variantIds[e].length];
        }
        customersByDay = new long[this.nodeIds.length][0][0];
        conversionsByDay = new long[this.nodeIds.length][0][0];
        winnerCustomers = new long[this.nodeIds.length];
        winnerConversions = new long[this.nodeIds.length];
    }

    void period(long startEpochSecond, long endEpochSecond) {
        start = startEpochSecond;
        int days = (int) Math.min(3_660, Math.max(0, ceilDays(endEpochSecond - startEpochSecond))) + 2;
        for (int e = 0; e < nodeIds.length; e++) {
            customersByDay[e] = new long[variantIds[e].length][days];
            conversionsByDay[e] = new long[variantIds[e].length][days];
        }
    }

    private static long ceilDays(long seconds) {
        return -Math.floorDiv(-seconds, DAY);
    }

    /** The experiment splits, in node order. */
    public int experiments() {
        return nodeIds.length;
    }

    /** A customer the split assigned to {@code variant}, whose outcome was known at {@code observable}. */
    void assigned(int experiment, int variant, long observable, boolean converted) {
        int c = converted ? 1 : 0;
        customers[experiment][variant]++;
        conversions[experiment][variant] += c;
        if (start != NO_START) {
            long[] byDay = customersByDay[experiment][variant];
            int day = (int) Math.max(0, Math.min(byDay.length - 1, ceilDays(observable - start)));
            byDay[day]++;
            conversionsByDay[experiment][variant][day] += c;
        }
    }

    /** A customer sent to the picked winner after the decision. */
    void sentToWinner(int experiment, boolean converted) {
        winnerCustomers[experiment]++;
        winnerConversions[experiment] += converted ? 1 : 0;
    }

    void merge(ExperimentCounts other) {
        if (!Arrays.equals(nodeIds, other.nodeIds) || !Arrays.deepEquals(variantIds, other.variantIds)) {
            throw new IllegalArgumentException("results of different experiments cannot be merged");
        }
        if (other.start != NO_START && start == NO_START) {
            start = other.start;
            customersByDay = copyShape(other.customersByDay);
            conversionsByDay = copyShape(other.conversionsByDay);
        } else if (other.start != NO_START && other.start != start) {
            throw new IllegalArgumentException("results of different periods cannot be merged");
        }
        for (int e = 0; e < nodeIds.length; e++) {
            Sums.add(customers[e], other.customers[e]);
            Sums.add(conversions[e], other.conversions[e]);
            for (int v = 0; v < customersByDay[e].length && other.start != NO_START; v++) {
                Sums.add(customersByDay[e][v], other.customersByDay[e][v]);
                Sums.add(conversionsByDay[e][v], other.conversionsByDay[e][v]);
            }
        }
        Sums.add(winnerCustomers, other.winnerCustomers);
        Sums.add(winnerConversions, other.winnerConversions);
    }

    private static long[][][] copyShape(long[][][] counts) {
        long[][][] copy = new long[counts.length][][];
        for (int e = 0; e < counts.length; e++) {
            copy[e] = new long[counts[e].length][counts[e].length == 0 ? 0 : counts[e][0].length];
        }
        return copy;
    }

    public String nodeId(int experiment) {
        return nodeIds[experiment];
    }

    public List<String> variantIds(int experiment) {
        return List.of(variantIds[experiment]);
    }

    /** Per variant, the customers assigned at random (all of the run). */
    public long[] customers(int experiment) {
        return customers[experiment].clone();
    }

    public long[] conversions(int experiment) {
        return conversions[experiment].clone();
    }

    /**
     * Per variant, the customers assigned and whose conversion window closed at most {@code days} days after the
     * period's start, so whose conversion was observable by then.
     */
    public long[] customersObservedBy(int experiment, int days) {
        return upTo(customersByDay[experiment], days);
    }

    /** Per variant, the conversions of {@link #customersObservedBy}'s customers. */
    public long[] conversionsObservedBy(int experiment, int days) {
        return upTo(conversionsByDay[experiment], days);
    }

    private static long[] upTo(long[][] byDay, int days) {
        long[] sums = new long[byDay.length];
        for (int v = 0; v < byDay.length; v++) {
            for (int d = 0; d <= days && d < byDay[v].length - 1; d++) {
                sums[v] += byDay[v][d];
            }
        }
        return sums;
    }

    /** Customers sent to the picked winner after the decision (not part of the randomised comparison). */
    public long winnerCustomers(int experiment) {
        return winnerCustomers[experiment];
    }

    public long winnerConversions(int experiment) {
        return winnerConversions[experiment];
    }

    String fingerprint() {
        return Arrays.deepToString(customers) + Arrays.deepToString(conversions)
                + Arrays.deepToString(customersByDay) + Arrays.deepToString(conversionsByDay)
                + Arrays.toString(winnerCustomers) + Arrays.toString(winnerConversions);
    }
}
