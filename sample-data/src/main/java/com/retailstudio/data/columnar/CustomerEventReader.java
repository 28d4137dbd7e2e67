package com.retailstudio.data.columnar;

import com.retailstudio.data.io.CustomerEvents;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the event partitions straight into {@link CustomerEvents}: they hold each partition's customers' events in
 * customer, then time order, which is the grouped order, so every partition fills its own run of positions in
 * parallel and no event table, record or message-id String is built.
 */
final class CustomerEventReader {
    private static final List<String> COLUMNS = List.of("timestamp", "event_type", "channel", "message_kind",
            "message_id", ParquetSchemas.PRODUCT_ROW, "value", ParquetSchemas.CUSTOMER_ROW, ParquetSchemas.FILE_ROW);

    private final Path[] parts;
    /** Where each partition's events start among the positions; one more entry than partitions. */
    private final int[] partStart;
    private final int[] offsets;
    private final int[] fileRow;
    private final int[] time;
    private final byte[] type;
    private final byte[] channel;
    private final byte[] kind;
    private final int[] product;
    private final double[] value;
    private final int[] message;
    /** Per partition: the second its times are counted from (its first event's), its earliest and latest second. */
    private final long[] partBase;
    private final long[] partFirst;
    private final long[] partLast;
    private final MessageIdNumbers messageIds = new MessageIdNumbers();

    private CustomerEventReader(Path[] parts, int customers) throws IOException {
        this.parts = parts;
        partStart = new int[parts.length + 1];
        for (int p = 0; p < parts.length; p++) {
            try (ParquetTableReader reader = new ParquetTableReader(parts[p], List.of(ParquetSchemas.FILE_ROW))) {
                partStart[p + 1] = Math.toIntExact(partStart[p] + reader.rowCount());
            }
        }
        int n = partStart[parts.length];
        offsets = new int[customers + 1];
        fileRow = new int[n];
        time = new int[n];
        type = new byte[n];
        channel = new byte[n];
        kind = new byte[n];
        product = new int[n];
        value = new double[n];
        message = new int[n];
        partBase = new long[parts.length];
        partFirst = new long[parts.length];
        partLast = new long[parts.length];
    }

    /** The events of the partition files, in partition order, for {@code customers} customers. */
    static CustomerEvents read(Path[] parts, int customers, List<String> productIds) {
        try {
            return new CustomerEventReader(parts, customers).readAll(productIds);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the event partitions: " + e.getMessage(), e);
        }
    }

    private CustomerEvents readAll(List<String> productIds) {
        IntStream.range(0, parts.length).parallel().forEach(this::readPart);
        int customers = offsets.length - 1;
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (int p = 0; p < parts.length; p++) {
            if (partStart[p + 1] > partStart[p]) {
                start = Math.min(start, partFirst[p]);
                end = Math.max(end, partLast[p]);
            }
        }
        if (fileRow.length == 0) {
            start = 0;
            end = 0;
        }
        CustomerEvents.requireSpan(start, end);
        for (int p = 0; p < parts.length; p++) {
            int shift = (int) (partBase[p] - start);
            for (int at = partStart[p]; at < partStart[p + 1]; at++) {
                time[at] += shift;
            }
        }
        return CustomerEvents.ofColumns(offsets, fileRow, start, end, time, type, channel, kind, product, productIds,
                value, message, messageIds.bound());
    }

    private void readPart(int p) {
        var types = new ParquetTableReader.Codes<>(EventType.class, "event_type");
        var channels = new ParquetTableReader.Codes<>(Channel.class, "channel");
        var kinds = new ParquetTableReader.Codes<>(MessageKind.class, "message_kind");
        int[] at = {partStart[p]};
        int[] lastCustomer = {-1};
        long[] seconds = {0, Long.MAX_VALUE, Long.MIN_VALUE};
        ColumnarDataSet.read(parts[p], COLUMNS, (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                int i = at[0]++;
                long second = Math.floorDiv(c[0].int64(), 1_000_000L);
                if (i == partStart[p]) {
                    seconds[0] = second;
                }
                seconds[1] = Math.min(seconds[1], second);
                seconds[2] = Math.max(seconds[2], second);
                long fromBase = second - seconds[0];
                if (fromBase != (int) fromBase) {
                    throw new IllegalArgumentException("the events span more than 68 years");
                }
                time[i] = (int) fromBase;
                type[i] = (byte) c[1].code(types).ordinal();
                channel[i] = (byte) c[2].code(channels).ordinal();
                MessageKind k = c[3].code(kinds);
                kind[i] = (byte) (k == null ? -1 : k.ordinal());
                message[i] = c[4].number(messageIds);
                product[i] = c[5].int32(-1);
                value[i] = c[6].float64OrNaN();
                int customer = c[7].int32();
                if (customer < lastCustomer[0]) {
                    throw new IllegalStateException(parts[p] + " is not in customer order at its row " + (i
                            - partStart[p]) + "; import the data set again");
                }
                lastCustomer[0] = customer;
                offsets[customer + 1]++;
                fileRow[i] = Math.toIntExact(c[8].int64());
            }
        });
        partBase[p] = seconds[0];
        partFirst[p] = seconds[1];
        partLast[p] = seconds[2];
    }
}
