package com.retailstudio.app.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.CategoricalColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Computes a pivot with Tablesaw: {@code pivot(...)} for rows × columns, {@code summarize(...).by(...)} for rows alone. */
public final class Pivots {

    private Pivots() {
    }

    /**
     * The pivot of {@code source} (a table of {@code request.file()}): its first column holds the row values in
     * order, the others one column value each, in order.
     *
     * @throws ExploreException naming the file and the column when a column is unknown, ambiguous or not a number
     */
    public static Table pivot(Table source, PivotRequest request) {
        String file = request.file();
        CategoricalColumn<?> rows = categorical(source, file, "rows", request.rows());
        Column<?> measure = column(source, file, request.measure());
        if (!(measure instanceof NumericColumn<?> numbers)) {
            throw new ExploreException("The measure \"" + measure.name() + "\" of " + file
                    + " is not a number column; its number columns are " + numberColumns(source) + ".");
        }
        Table result;
        if (request.columns().isPresent()) {
            CategoricalColumn<?> columns = categorical(source, file, "columns", request.columns().get());
            result = source.pivot(rows, columns, numbers, request.aggregation().function());
            List<String> values = new ArrayList<>(result.columnNames().subList(1, result.columnCount()));
            values.sort(null);
            values.add(0, rows.name());
            result = result.reorderColumns(values.toArray(String[]::new));
        } else {
            result = source.summarize(numbers, request.aggregation().function()).by(rows);
            result.column(1).setName(request.aggregation().label() + " of " + numbers.name());
        }
        result.setName(file + ": " + request.aggregation().label() + " of " + numbers.name() + " by " + rows.name()
                + request.columns().map(columns -> " × " + columns).orElse(""));
        return result.sortOn(rows.name());
    }

    private static CategoricalColumn<?> categorical(Table source, String file, String role, String name) {
        Column<?> column = column(source, file, name);
        if (!(column instanceof CategoricalColumn<?> categories)) {
            throw new ExploreException("The " + role + " column \"" + column.name() + "\" of " + file
                    + " cannot be grouped on (it is " + column.type().name().toLowerCase(Locale.ROOT)
                    + ").");
        }
        return categories;
    }

    /** The column named {@code name}, or the one column whose name starts with it. */
    static Column<?> column(Table source, String file, String name) {
        if (source.containsColumn(name)) {
            return source.column(name);
        }
        List<String> prefixed = source.columnNames().stream().filter(column -> column.startsWith(name)).toList();
        if (prefixed.size() == 1) {
            return source.column(prefixed.get(0));
        }
        if (prefixed.size() > 1) {
            throw new ExploreException("\"" + name + "\" names more than one column of " + file + ": "
                    + String.join(", ", prefixed) + ".");
        }
        throw new ExploreException(file + " has no column \"" + name + "\"; its columns are "
                + String.join(", ", source.columnNames()) + ".");
    }

    private static String numberColumns(Table source) {
        return source.columns().stream().filter(NumericColumn.class::isInstance).map(Column::name)
                .collect(Collectors.joining(", "));
    }

    /** The total of every cell of a pivot's number columns. */
    public static double total(Table pivot) {
        double total = 0;
        for (Column<?> column : pivot.columns()) {
            if (column instanceof NumericColumn<?> numbers) {
                total += numbers.asDoubleColumn().removeMissing().sum();
            }
        }
        return total;
    }
}
