package com.retailstudio.data.columnar;

import java.util.List;
import org.apache.parquet.io.api.Binary;

/** A partition's customer ids as the UTF-8 bytes a Parquet writer takes, made once per run of rows of one customer. */
final class PartitionCustomers {

    private final List<String> ids;
    private final int firstCustomer;
    private int current = -1;
    private Binary bytes;

    /** @param ids the partition's customer ids, by customer row minus {@code firstCustomer} */
    PartitionCustomers(List<String> ids, int firstCustomer) {
        this.ids = ids;
        this.firstCustomer = firstCustomer;
    }

    /** The id of the customer on row {@code customerRow} of customers.csv (0-based). */
    Binary id(int customerRow) {
        if (customerRow != current) {
            current = customerRow;
            bytes = Binary.fromString(ids.get(customerRow - firstCustomer));
        }
        return bytes;
    }
}
