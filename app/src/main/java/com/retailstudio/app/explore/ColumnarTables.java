package com.retailstudio.app.explore;

import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.CsvCode;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A file of a data set's imported columnar copy (docs/data-format.md, "Columnar data set") as the very table
 * {@link ContractTables} reads from its CSV file: the contract's columns and types, the rows in file order. The copy's
 * records hold their fields in contract order, so each becomes a row field by field.
 */
public final class ColumnarTables {

    private ColumnarTables() {
    }

    /** The whole file, read from the copy's columns instead of parsing its CSV text. */
    public static Table read(ColumnarDataSet copy, DataFile file) {
        Table table = ContractTables.empty(file);
        for (Record record : records(copy, file)) {
            RecordComponent[] fields = record.getClass().getRecordComponents();
            for (int index = 0; index < fields.length; index++) {
                Column<?> column = table.column(index);
                Object value = cell(field(record, fields[index]));
                if (value == null) {
                    column.appendMissing();
                } else {
                    column.appendObj(value);
                }
            }
        }
        return table;
    }

    private static List<? extends Record> records(ColumnarDataSet copy, DataFile file) {
        return switch (file) {
            case CUSTOMERS -> copy.customers();
            case CONSENTS -> copy.consents();
            case EVENTS -> copy.events(copy.customers().stream().map(Customer::customerId).toList(),
                    copy.products().stream().map(Product::productId).toList(), true).stream().toList();
            case PRODUCTS -> copy.products();
            case STORES -> copy.stores();
            case ZONES -> copy.zones();
            case SALES_WEEKLY -> copy.weeklySales();
            case BASKETS -> copy.basketLines();
            case FOOT_TRAFFIC -> copy.footTraffic(copy.stores().stream().map(Store::storeId).toList()).stream()
                    .toList();
        };
    }

    private static Object field(Record record, RecordComponent field) {
        try {
            return field.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + field.getName() + " of " + record, e);
        }
    }

    /** A record's field as the CSV cell reads into Tablesaw: codes by their spelling, empty optionals missing. */
    private static Object cell(Object field) {
        if (field instanceof Optional<?> optional) {
            return optional.map(ColumnarTables::cell).orElse(null);
        }
        if (field instanceof OptionalDouble number) {
            return number.isPresent() ? number.getAsDouble() : null;
        }
        if (field instanceof CsvCode code) {
            return code.csv();
        }
        if (field instanceof ZoneId zone) {
            return zone.getId();
        }
        return field;
    }
}
