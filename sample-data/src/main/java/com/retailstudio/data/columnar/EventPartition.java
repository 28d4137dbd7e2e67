package com.retailstudio.data.columnar;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.CsvCode;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.parquet.io.api.Binary;

/**
 * Writes one partition's events from its spill file, ordered by customer, then time: rows arrive in events.csv order,
 * which is time order, and the sort by customer keeps it. Text goes to the writer as UTF-8 bytes made once: codes and
 * product ids per value, customer ids per customer, event and message ids as slices of one array.
 */
final class EventPartition {

    private static final Binary[] TYPES = spellings(EventType.values());
    private static final Binary[] CHANNELS = spellings(Channel.values());
    private static final Binary[] KINDS = spellings(MessageKind.values());
    private static final int PROGRESS_EVERY = 1 << 16;

    private EventPartition() {
    }

    /** @param productIds every product id, by product number */
    static void write(Spill spill, Path target, PartitionCustomers customers, List<String> productIds,
            IntConsumer written) throws IOException {
        int n = spill == null ? 0 : spill.rows();
        long[] fileRow = new long[n];
        int[] customerRow = new int[n];
        TextColumn eventId = new TextColumn(n);
        long[] second = new long[n];
        int[] nano = new int[n];
        byte[] type = new byte[n];
        byte[] channel = new byte[n];
        byte[] kind = new byte[n];
        TextColumn messageId = new TextColumn(n);
        int[] product = new int[n];
        double[] value = new double[n];
        if (spill != null) {
            try (DataInputStream in = spill.reopen()) {
                for (int r = 0; r < n; r++) {
                    int d = spill.readRowStart(in, fileRow, customerRow);
                    eventId.read(d, in);
                    second[d] = in.readLong();
                    nano[d] = in.readInt();
                    type[d] = in.readByte();
                    channel[d] = in.readByte();
                    kind[d] = in.readByte();
                    messageId.read(d, in);
                    product[d] = in.readInt();
                    value[d] = in.readDouble();
                }
            }
            spill.delete();
        }
        Binary[] products = productIds.stream().map(Binary::fromString).toArray(Binary[]::new);
        try (ParquetTableWriter w = new ParquetTableWriter(target, ParquetSchemas.of(DataFile.EVENTS))) {
            int sinceProgress = 0;
            for (int r = 0; r < n; r++) {
                w.setBinary(0, eventId.binary(r));
                w.setTimestamp(1, second[r], nano[r], "events.csv", fileRow[r]);
                w.setBinary(2, customers.id(customerRow[r]));
                w.setBinary(3, TYPES[type[r]]);
                w.setBinary(4, CHANNELS[channel[r]]);
                if (kind[r] >= 0) {
                    w.setBinary(5, KINDS[kind[r]]);
                }
                w.setBinary(6, messageId.binary(r));
                if (product[r] >= 0) {
                    w.setBinary(7, products[product[r]]);
                    w.setInt(10, product[r]);
                }
                if (!Double.isNaN(value[r])) {
                    w.setDouble(8, value[r]);
                }
                w.setInt(9, customerRow[r]);
                w.setLong(11, fileRow[r]);
                w.endRow();
                if (++sinceProgress == PROGRESS_EVERY) {
                    written.accept(sinceProgress);
                    sinceProgress = 0;
                }
            }
            written.accept(sinceProgress);
        }
    }

    /** Each constant's CSV spelling as bytes, by ordinal. */
    static Binary[] spellings(CsvCode[] constants) {
        Binary[] spellings = new Binary[constants.length];
        for (int i = 0; i < constants.length; i++) {
            spellings[i] = Binary.fromString(constants[i].csv());
        }
        return spellings;
    }
}
