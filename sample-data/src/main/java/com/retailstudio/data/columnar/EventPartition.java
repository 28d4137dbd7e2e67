package com.retailstudio.data.columnar;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes one partition's events from its spill file, ordered by customer, then time: rows arrive in events.csv order,
 * which is time order, and the sort by customer keeps it.
 */
final class EventPartition {

    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();
    private static final int PROGRESS_EVERY = 1 << 16;

    private EventPartition() {
    }

    static void write(Spill spill, Path target, int firstCustomer, int customers, List<String> productIds,
            IntConsumer written) throws IOException {
        int n = spill == null ? 0 : spill.rows();
        long[] fileRow = new long[n];
        int[] customerRow = new int[n];
        String[] eventId = new String[n];
        String[] customerId = new String[n];
        long[] second = new long[n];
        int[] nano = new int[n];
        byte[] type = new byte[n];
        byte[] channel = new byte[n];
        byte[] kind = new byte[n];
        String[] messageId = new String[n];
        int[] product = new int[n];
        double[] value = new double[n];
        if (spill != null) {
            try (DataInputStream in = spill.reopen()) {
                String previousCustomer = null;
                for (int r = 0; r < n; r++) {
                    fileRow[r] = in.readLong();
                    customerRow[r] = in.readInt();
                    eventId[r] = Spill.readString(in);
                    String customer = Spill.readString(in);
                    // one String per run of the same customer, not per event
                    customerId[r] = customer.equals(previousCustomer) ? previousCustomer : customer;
                    previousCustomer = customerId[r];
                    second[r] = in.readLong();
                    nano[r] = in.readInt();
                    type[r] = in.readByte();
                    channel[r] = in.readByte();
                    kind[r] = in.readByte();
                    messageId[r] = Spill.readString(in);
                    product[r] = in.readInt();
                    value[r] = in.readDouble();
                }
            }
            spill.delete();
        }
        int[] order = Spill.byCustomer(customerRow, n, firstCustomer, customers);
        try (ParquetTableWriter w = new ParquetTableWriter(target, ParquetSchemas.of(DataFile.EVENTS))) {
            int sinceProgress = 0;
            for (int r : order) {
                w.setString(0, eventId[r]);
                w.setTimestamp(1, second[r], nano[r], "events.csv", fileRow[r]);
                w.setString(2, customerId[r]);
                w.setString(3, TYPES[type[r]].csv());
                w.setString(4, CHANNELS[channel[r]].csv());
                if (kind[r] >= 0) {
                    w.setString(5, KINDS[kind[r]].csv());
                }
                w.setString(6, messageId[r]);
                if (product[r] >= 0) {
                    w.setString(7, productIds.get(product[r]));
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
}
