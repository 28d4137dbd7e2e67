package com.retailstudio.data.columnar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Filters and sorts a file of an imported copy in one pass over only the columns the filters and the sort name.
 * A filter keeps any number of rows ({@link RowSelection}); a sort keeps at most {@link #SORTED_ROWS_KEPT} rows in
 * order (a bounded heap), because sorting 21 million events in memory would take gigabytes: beyond that the result
 * says it is the first rows of the order, and sorting the other way shows the other end. The rows a sort kept are
 * then read whole in one pass in file order ({@link Result#rows()}): shown in sort order they would be scattered over
 * the whole file, and reading a page per row for every screenful is what makes a sorted view crawl.
 *
 * @param filters every one must pass
 * @param sort    the order, or empty for the file's order
 */
public record RowQuery(List<RowFilter> filters, Optional<SortKey> sort) {

    /** Sorted rows kept at most, held in memory (about 40 MB of events): more than anyone scrolls through. */
    public static final int SORTED_ROWS_KEPT = 100_000;

    public RowQuery {
        filters = List.copyOf(filters);
    }

    /** No filter, the file's order. */
    public static RowQuery none() {
        return new RowQuery(List.of(), Optional.empty());
    }

    public boolean isNone() {
        return filters.isEmpty() && sort.isEmpty();
    }

    /**
     * The rows that pass, in order.
     *
     * @param progress  told the share of rows read, from 0 to 1
     * @param cancelled asked between row groups, and while a sort's rows are read, between runs of nearby rows
     * @throws IllegalArgumentException when a filter's value is not of its column's type (naming file and column)
     */
    public Result run(ColumnarRows rows, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (isNone()) {
            return new Result(RowOrder.all(rows.rows()), rows.rows(), false, Optional.empty());
        }
        List<RowFilter.CellTest> tests = new ArrayList<>();
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (RowFilter filter : filters) {
            tests.add(filter.test(rows.file()));
            columns.add(filter.column());
        }
        sort.ifPresent(key -> columns.add(key.column()));
        List<String> read = List.copyOf(columns);
        int[] testedColumn = filters.stream().mapToInt(filter -> read.indexOf(filter.column())).toArray();
        int sortColumn = sort.map(key -> read.indexOf(key.column())).orElse(-1);
        RowSelection selection = new RowSelection(rows.rows());
        Comparator<Kept> order = sort.map(RowQuery::order).orElse(null);
        PriorityQueue<Kept> best = order == null ? null : new PriorityQueue<>(order.reversed());
        long[] passed = {0};
        rows.scan(read, (position, values) -> {
            for (int i = 0; i < tests.size(); i++) {
                if (!tests.get(i).passes(values[testedColumn[i]])) {
                    return;
                }
            }
            passed[0]++;
            if (best == null) {
                selection.keep(position);
                return;
            }
            Kept candidate = new Kept(values[sortColumn], position);
            if (best.size() < SORTED_ROWS_KEPT) {
                best.add(candidate);
            } else if (order.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }, done -> progress.accept(rows.rows() == 0 ? 1 : (double) done / rows.rows()), cancelled);
        if (best == null) {
            return new Result(selection, passed[0], false, Optional.empty());
        }
        long[] positions = new long[best.size()];
        for (int i = positions.length - 1; i >= 0; i--) {
            positions[i] = best.poll().position();
        }
        return new Result(RowOrder.of(positions), passed[0], passed[0] > positions.length,
                Optional.of(rows.readApart(positions, cancelled)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Kept> order(SortKey key) {
        Comparator<Object> values = Comparator.nullsFirst((left, right) -> ((Comparable) left).compareTo(right));
        Comparator<Kept> byValue = Comparator.comparing(Kept::value, key.ascending() ? values : values.reversed());
        // equal values stay in file order, whichever way the sort goes
        return byValue.thenComparingLong(Kept::position);
    }

    /** The column a browse is sorted by, and which way. */
    public record SortKey(String column, boolean ascending) {
    }

    /**
     * What a query kept.
     *
     * @param order     the rows shown, in order
     * @param matched   how many rows passed the filters
     * @param truncated whether a sort kept only the first {@link #SORTED_ROWS_KEPT} of them
     * @param rows      a sort's rows already read, in {@code order}; empty when rows are read as they are shown
     */
    public record Result(RowOrder order, long matched, boolean truncated, Optional<RowBlock> rows) {
    }

    private record Kept(Object value, long position) {
    }
}
