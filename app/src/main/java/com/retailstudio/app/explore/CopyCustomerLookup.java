package com.retailstudio.app.explore;

import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarRows;
import com.retailstudio.data.columnar.ParquetSchemas;
import com.retailstudio.data.columnar.RowBlock;
import com.retailstudio.data.io.DataFile;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds one customer in a data set's imported copy, using how the copy is laid out (docs/data-format.md): the id is
 * looked for in the customers' {@code customer_id} column alone, compared as bytes; its position is the customer's
 * {@code customer_row}, which names the one partition of consents and events that holds the customer's rows, found by
 * their {@code customer_row} column; baskets (one flat file) are found by their {@code customer_id}. Only the pages of
 * the rows found are then read whole. The result is the table {@link CustomerLookup} reads from the CSV files.
 */
public final class CopyCustomerLookup {

    private CopyCustomerLookup() {
    }

    /** Everything about {@code customerId}; its profile table is empty when no customer has that id. */
    public static CustomerRecord find(ColumnarDataSet copy, String customerId, BooleanSupplier cancelled) {
        String id = customerId.strip();
        if (id.isEmpty()) {
            throw new ExploreException("Type a customer id to look up, e.g. C00000001.");
        }
        long customerRow = -1;
        Table profile;
        try (ColumnarRows customers = ColumnarRows.of(copy, DataFile.CUSTOMERS)) {
            long[] found = {};
            for (int part = 0; part < customers.parts() && found.length == 0; part++) {
                found = customers.positionsOf(part, "customer_id", id);
                stopWhen(cancelled, id);
            }
            if (found.length > 0) {
                customerRow = found[0];
            }
            profile = table(DataFile.CUSTOMERS, customers.read(found.length > 0 ? new long[] {found[0]} : found));
        }
        if (customerRow < 0) {
            return new CustomerRecord(id, profile, ContractTables.empty(DataFile.CONSENTS),
                    ContractTables.empty(DataFile.EVENTS), ContractTables.empty(DataFile.BASKETS));
        }
        int part = Math.toIntExact(customerRow / copy.manifest().customersPerPartition());
        Table consents = ofCustomerRow(copy, DataFile.CONSENTS, part, customerRow);
        stopWhen(cancelled, id);
        Table events = ofCustomerRow(copy, DataFile.EVENTS, part, customerRow).sortOn("timestamp");
        stopWhen(cancelled, id);
        Table baskets;
        try (ColumnarRows lines = ColumnarRows.of(copy, DataFile.BASKETS)) {
            baskets = table(DataFile.BASKETS, lines.read(lines.positionsOf(0, "customer_id", id))).sortOn("timestamp");
        }
        return new CustomerRecord(id, profile, consents, events, baskets);
    }

    private static Table ofCustomerRow(ColumnarDataSet copy, DataFile file, int part, long customerRow) {
        try (ColumnarRows rows = ColumnarRows.of(copy, file)) {
            return table(file, rows.read(rows.positionsOf(part, ParquetSchemas.CUSTOMER_ROW,
                    Math.toIntExact(customerRow))));
        }
    }

    /** Rows read from the copy as the table {@link ContractTables} reads from the CSV. */
    static Table table(DataFile file, RowBlock rows) {
        Table table = ContractTables.empty(file);
        for (int row = 0; row < rows.size(); row++) {
            for (int index = 0; index < table.columnCount(); index++) {
                Column<?> column = table.column(index);
                Object value = rows.value(row, index);
                if (value == null) {
                    column.appendMissing();
                } else {
                    column.appendObj(value);
                }
            }
        }
        return table;
    }

    private static void stopWhen(BooleanSupplier cancelled, String id) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The look-up of " + id + " was cancelled.");
        }
    }
}
