package com.retailstudio.app.explore;

import com.retailstudio.data.io.DataFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;

/**
 * A file ready to pivot: its own columns, plus what its ids point to that people group by — a product's category,
 * a store's city and price cluster, a customer's country, loyalty tier and age band — and the UTC {@code day} of a
 * timestamp.
 */
public final class PivotSource {

    /** Columns brought in from the files an id refers to. */
    private record Lookup(DataFile file, String key, List<String> columns) {
    }

    private static final List<Lookup> LOOKUPS = List.of(
            new Lookup(DataFile.PRODUCTS, "product_id", List.of("category")),
            new Lookup(DataFile.STORES, "store_id", List.of("city", "price_cluster")),
            new Lookup(DataFile.CUSTOMERS, "customer_id", List.of("country", "loyalty_tier", "age_band")));

    private PivotSource() {
    }

    /** Reads {@code file} of the folder with its lookups joined in. */
    public static Table load(Path folder, DataFile file) throws IOException {
        Table table = ContractTables.read(folder, file);
        for (Lookup lookup : LOOKUPS) {
            boolean wanted = lookup.file() != file && table.containsColumn(lookup.key())
                    && lookup.columns().stream().noneMatch(table::containsColumn);
            if (wanted) {
                Table lookupTable = ContractTables.read(folder, lookup.file());
                Table columns = lookupTable.selectColumns(
                        concat(lookup.key(), lookup.columns()).toArray(String[]::new));
                table = table.joinOn(lookup.key()).with(columns).type(JoinType.LEFT_OUTER).join();
            }
        }
        if (table.containsColumn("timestamp") && !table.containsColumn("day")) {
            table.addColumns(day(table.instantColumn("timestamp")));
        }
        return table;
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static DateColumn day(InstantColumn timestamps) {
        DateColumn days = DateColumn.create("day");
        for (int row = 0; row < timestamps.size(); row++) {
            if (timestamps.isMissing(row)) {
                days.appendMissing();
            } else {
                days.append(timestamps.get(row).atOffset(ZoneOffset.UTC).toLocalDate());
            }
        }
        return days;
    }
}
