package com.retailstudio.data.columnar;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.ConsentPurpose;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.io.api.Binary;

/** Writes one partition's consents from its spill file, ordered by customer, then by their row in consents.csv. */
final class ConsentPartition {

    private static final Binary[] PURPOSES = EventPartition.spellings(ConsentPurpose.values());

    private ConsentPartition() {
    }

    static void write(Spill spill, Path target, PartitionCustomers customers) throws IOException {
        int n = spill == null ? 0 : spill.rows();
        long[] fileRow = new long[n];
        int[] customerRow = new int[n];
        byte[] purpose = new byte[n];
        boolean[] granted = new boolean[n];
        long[] second = new long[n];
        int[] nano = new int[n];
        if (spill != null) {
            try (DataInputStream in = spill.reopen()) {
                for (int r = 0; r < n; r++) {
                    int d = spill.readRowStart(in, fileRow, customerRow);
                    purpose[d] = in.readByte();
                    granted[d] = in.readBoolean();
                    second[d] = in.readLong();
                    nano[d] = in.readInt();
                }
            }
            spill.delete();
        }
        try (ParquetTableWriter w = new ParquetTableWriter(target, ParquetSchemas.of(DataFile.CONSENTS))) {
            for (int r = 0; r < n; r++) {
                w.setBinary(0, customers.id(customerRow[r]));
                w.setBinary(1, PURPOSES[purpose[r]]);
                w.setBoolean(2, granted[r]);
                w.setTimestamp(3, second[r], nano[r], "consents.csv", fileRow[r]);
                w.setInt(4, customerRow[r]);
                w.setLong(5, fileRow[r]);
                w.endRow();
            }
        }
    }
}
