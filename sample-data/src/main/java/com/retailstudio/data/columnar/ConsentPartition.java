package com.retailstudio.data.columnar;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.ConsentPurpose;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one partition's consents from its spill file, ordered by customer, then by their row in consents.csv. */
final class ConsentPartition {

    private static final ConsentPurpose[] PURPOSES = ConsentPurpose.values();

    private ConsentPartition() {
    }

    static void write(Spill spill, Path target, int firstCustomer, int customers) throws IOException {
        int n = spill == null ? 0 : spill.rows();
        long[] fileRow = new long[n];
        int[] customerRow = new int[n];
        String[] customerId = new String[n];
        byte[] purpose = new byte[n];
        boolean[] granted = new boolean[n];
        long[] second = new long[n];
        int[] nano = new int[n];
        if (spill != null) {
            try (DataInputStream in = spill.reopen()) {
                for (int r = 0; r < n; r++) {
                    fileRow[r] = in.readLong();
                    customerRow[r] = in.readInt();
                    customerId[r] = Spill.readString(in);
                    purpose[r] = in.readByte();
                    granted[r] = in.readBoolean();
                    second[r] = in.readLong();
                    nano[r] = in.readInt();
                }
            }
            spill.delete();
        }
        int[] order = Spill.byCustomer(customerRow, n, firstCustomer, customers);
        try (ParquetTableWriter w = new ParquetTableWriter(target, ParquetSchemas.of(DataFile.CONSENTS))) {
            for (int r : order) {
                w.setString(0, customerId[r]);
                w.setString(1, PURPOSES[purpose[r]].csv());
                w.setBoolean(2, granted[r]);
                w.setTimestamp(3, second[r], nano[r], "consents.csv", fileRow[r]);
                w.setInt(4, customerRow[r]);
                w.setLong(5, fileRow[r]);
                w.endRow();
            }
        }
    }
}
