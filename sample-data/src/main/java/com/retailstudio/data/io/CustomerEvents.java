package com.retailstudio.data.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A data set's events grouped by customer, each customer's side by side in file (time) order, as the simulator reads
 * them: about 27 bytes an event. Times are whole seconds from the first event; enum columns hold ordinals; a message
 * id is a number, the same for the same id text anywhere in the data set, since only its equality matters to a job
 * that matches responses to sends; each event keeps its row in events.csv, the order in which ties are decided.
 */
public final class CustomerEvents {
    private final int[] offsets;
    private final int[] fileRow;
    private final long horizonStart;
    private final long horizonEnd;
    private final int[] time;
    private final byte[] type;
    private final byte[] channel;
    private final byte[] kind;
    private final int[] product;
    private final List<String> productIds;
    private final double[] value;
    private final int[] message;
    private final int messageIds;

    /**
     * Columns already in customer order, taken over without a copy.
     *
     * @param offsets    where each customer's events start, one more entry than customers
     * @param fileRow    each event's row in events.csv (the row of the event table it was grouped from)
     * @param time       seconds since {@code horizonStart}, the time of the earliest event
     * @param kind       message kind ordinals, -1 for none
     * @param product    indexes into {@code productIds}, -1 for none
     * @param value      NaN for none
     * @param message    message id numbers from 0 to {@code messageIds - 1}, -1 for none
     */
    public static CustomerEvents ofColumns(int[] offsets, int[] fileRow, long horizonStart, long horizonEnd,
            int[] time, byte[] type, byte[] channel, byte[] kind, int[] product, List<String> productIds,
            double[] value, int[] message, int messageIds) {
        int n = fileRow.length;
        if (offsets.length == 0 || offsets[offsets.length - 1] != n || time.length != n || type.length != n
                || channel.length != n || kind.length != n || product.length != n || value.length != n
                || message.length != n) {
            throw new IllegalArgumentException("every event column has one entry per event");
        }
        return new CustomerEvents(offsets, fileRow, horizonStart, horizonEnd, time, type, channel, kind, product,
                productIds, value, message, messageIds);
    }

    private CustomerEvents(int[] offsets, int[] fileRow, long horizonStart, long horizonEnd, int[] time, byte[] type,
            byte[] channel, byte[] kind, int[] product, List<String> productIds, double[] value, int[] message,
            int messageIds) {
        this.offsets = offsets;
        this.fileRow = fileRow;
        this.horizonStart = horizonStart;
        this.horizonEnd = horizonEnd;
        this.time = time;
        this.type = type;
        this.channel = channel;
        this.kind = kind;
        this.product = product;
        this.productIds = List.copyOf(productIds);
        this.value = value;
        this.message = message;
        this.messageIds = messageIds;
    }

    /**
     * The events of a table (in file order) grouped by its customer indexes, of {@code customers} customers; each
     * event's {@link #fileRow} is its row in the table.
     */
    public static CustomerEvents group(EventTable events, int customers) {
        int n = events.size();
        int[] offsets = new int[customers + 1];
        for (int r = 0; r < n; r++) {
            offsets[events.customerIndex(r) + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] rows = new int[n];
        int[] fill = Arrays.copyOf(offsets, customers);
        for (int r = 0; r < n; r++) {
            rows[fill[events.customerIndex(r)]++] = r;
        }
        long start = n == 0 ? 0 : events.epochSecond(0);
        long end = n == 0 ? 0 : events.epochSecond(n - 1);
        requireSpan(start, end);
        int[] time = new int[n];
        byte[] type = new byte[n];
        byte[] channel = new byte[n];
        byte[] kind = new byte[n];
        int[] product = new int[n];
        double[] value = new double[n];
        int[] message = new int[n];
        Map<String, Integer> messageIds = new HashMap<>();
        for (int p = 0; p < n; p++) {
            int r = rows[p];
            time[p] = (int) (events.epochSecond(r) - start);
            type[p] = (byte) events.eventType(r).ordinal();
            channel[p] = (byte) events.channel(r).ordinal();
            kind[p] = (byte) events.messageKind(r).map(Enum::ordinal).orElse(-1).intValue();
            product[p] = events.productIndex(r);
            value[p] = events.value(r).orElse(Double.NaN);
            String id = events.messageId(r).orElse(null);
            message[p] = id == null ? -1 : messageIds.computeIfAbsent(id, k -> messageIds.size());
        }
        return new CustomerEvents(offsets, rows, start, end, time, type, channel, kind, product,
                events.productIds(), value, message, messageIds.size());
    }

    /** Times are kept as int seconds from the first event. */
    public static void requireSpan(long start, long end) {
        if (end - start > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the events span more than 68 years");
        }
    }

    public int size() {
        return fileRow.length;
    }

    public int customers() {
        return offsets.length - 1;
    }

    /** Position of the customer's first event. */
    public int firstEvent(int customer) {
        return offsets[customer];
    }

    /** One past the position of the customer's last event. */
    public int endEvent(int customer) {
        return offsets[customer + 1];
    }

    /** The event's row in events.csv (or in the event table it was grouped from). */
    public int fileRow(int position) {
        return fileRow[position];
    }

    /** Epoch second of the earliest event; 0 without events. */
    public long horizonStart() {
        return horizonStart;
    }

    /** Epoch second of the latest event; 0 without events. */
    public long horizonEnd() {
        return horizonEnd;
    }

    /** Seconds from {@link #horizonStart} to the event. */
    public int secondsFromStart(int position) {
        return time[position];
    }

    /** {@code EventType} ordinal. */
    public int type(int position) {
        return type[position];
    }

    /** {@code Channel} ordinal. */
    public int channel(int position) {
        return channel[position];
    }

    /** {@code MessageKind} ordinal, -1 when the event has none. */
    public int kind(int position) {
        return kind[position];
    }

    /** The product's id, or null when the event has none. */
    public String productId(int position) {
        return product[position] < 0 ? null : productIds.get(product[position]);
    }

    /** The value, NaN when the event has none. */
    public double value(int position) {
        return value[position];
    }

    /** The message id's number, -1 when the event has none. */
    public int message(int position) {
        return message[position];
    }

    /** How many different message ids there are: every {@link #message} is below it. */
    public int messageIds() {
        return messageIds;
    }
}
