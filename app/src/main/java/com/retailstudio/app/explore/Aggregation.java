package com.retailstudio.app.explore;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.aggregate.AggregateFunction;
import tech.tablesaw.aggregate.AggregateFunctions;

/** How a pivot cell combines the measure of its rows: each is a Tablesaw aggregate function. */
public enum Aggregation {
    SUM(AggregateFunctions.sum),
    MEAN(AggregateFunctions.mean),
    COUNT(AggregateFunctions.count),
    MIN(AggregateFunctions.min),
    MAX(AggregateFunctions.max),
    MEDIAN(AggregateFunctions.median),
    DISTINCT(AggregateFunctions.countUnique);

    private final AggregateFunction<?, ?> function;

    Aggregation(AggregateFunction<?, ?> function) {
        this.function = function;
    }

    AggregateFunction<?, ?> function() {
        return function;
    }

    /** The name used on the command line and in the explorer: {@code sum}, {@code mean}… */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The aggregation named {@code name}, in any case. */
    public static Aggregation named(String name) {
        return Arrays.stream(values()).filter(aggregation -> aggregation.label().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ExploreException("There is no aggregation \"" + name + "\"; use one of "
                        + Arrays.stream(values()).map(Aggregation::label).collect(Collectors.joining(", ")) + "."));
    }
}
