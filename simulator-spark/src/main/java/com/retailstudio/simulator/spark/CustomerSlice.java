package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Customer;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ProfileColumns;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Spark partition's customers with everything the engine reads of them: the customer columns, the granted consent
 * purposes and every one of their events (each customer's in the data set's order), as plain arrays so that Spark
 * ships them with Java serialization (the data set's records are not serializable). A task turns it back into a
 * {@link CustomerData} and runs the desktop engine over it.
 */
public final class CustomerSlice implements Serializable {
    private static final long serialVersionUID = 2L;

    private final TextColumn ids;
    /** Each customer's 0-based row in customers.csv: the desktop's customer order. */
    private final int[] customerRow;
    private final TextColumn zone;
    private final ProfileColumns profile;
    private final TextColumn country;
    private final int[] consentBits;
    /** Where each customer's events start in the event columns; one more entry than customers. */
    private final int[] firstEvent;
    private final TextColumn eventId;
    private final long[] epochSecond;
    private final int[] nano;
    private final byte[] type;
    private final byte[] channel;
    private final byte[] messageKind;
    private final TextColumn messageId;
    private final TextColumn productId;
    private final double[] value;
    /** Each event's 0-based row in events.csv, so the fit adds purchase values in the desktop's order. */
    private final long[] fileRow;

    /** Customers {@code [from, to)} of the data, in its customer order. */
    public static CustomerSlice of(CustomerData data, int from, int to) {
        Builder slice = new Builder();
        EventTable table = data.events();
        for (int c = from; c < to; c++) {
            slice.customer(c, data.customer(c), data.consentBits(c));
            for (int p = data.firstEvent(c); p < data.endEvent(c); p++) {
                int row = data.row(p);
                Instant at = table.timestamp(row);
                slice.event(table.eventId(row), at.getEpochSecond(), at.getNano(), table.eventType(row).ordinal(),
                        table.channel(row).ordinal(), table.messageKind(row).map(Enum::ordinal).orElse(-1),
                        table.messageId(row).orElse(null), table.productId(row).orElse(null),
                        table.value(row).orElse(Double.NaN), row);
            }
        }
        return slice.build();
    }

    private CustomerSlice(Builder b) {
        int n = b.ids.size();
        int events = b.eventId.size();
        ids = new TextColumn(b.ids);
        customerRow = Arrays.copyOf(b.customerRow, n);
        zone = new TextColumn(b.zone);
        profile = b.profile.trimmed();
        country = new TextColumn(b.country);
        consentBits = Arrays.copyOf(b.consentBits, n);
        firstEvent = Arrays.copyOf(b.firstEvent, n + 1);
        firstEvent[n] = events;
        eventId = new TextColumn(b.eventId);
        epochSecond = Arrays.copyOf(b.epochSecond, events);
        nano = Arrays.copyOf(b.nano, events);
        type = Arrays.copyOf(b.type, events);
        channel = Arrays.copyOf(b.channel, events);
        messageKind = Arrays.copyOf(b.messageKind, events);
        messageId = new TextColumn(b.messageId);
        productId = new TextColumn(b.productId);
        value = Arrays.copyOf(b.value, events);
        fileRow = Arrays.copyOf(b.fileRow, events);
    }

    /**
     * Collects customers, each followed by their events in the data set's order (ordinals of the data model's
     * enums; -1 for no message kind, NaN for no value; each event's row in events.csv).
     */
    static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private int[] customerRow = new int[16];
        private final List<String> zone = new ArrayList<>();
        private final ProfileColumns profile = new ProfileColumns(16);
        private final List<String> country = new ArrayList<>();
        private int[] consentBits = new int[16];
        private int[] firstEvent = new int[17];
        private final List<String> eventId = new ArrayList<>();
        private long[] epochSecond = new long[16];
        private int[] nano = new int[16];
        private byte[] type = new byte[16];
        private byte[] channel = new byte[16];
        private byte[] messageKind = new byte[16];
        private final List<String> messageId = new ArrayList<>();
        private final List<String> productId = new ArrayList<>();
        private double[] value = new double[16];
        private long[] fileRow = new long[16];

        /** Customer {@code c} at 0-based {@code row} of customers.csv, with its granted consents as bits. */
        Builder customer(int row, Customer c, int consents) {
            int i = ids.size();
            if (i == customerRow.length) {
                int capacity = i * 2;
                customerRow = Arrays.copyOf(customerRow, capacity);
                consentBits = Arrays.copyOf(consentBits, capacity);
                firstEvent = Arrays.copyOf(firstEvent, capacity + 1);
            }
            ids.add(c.customerId());
            customerRow[i] = row;
            zone.add(c.timezone().getId());
            profile.add(c);
            country.add(c.country());
            consentBits[i] = consents;
            firstEvent[i] = eventId.size();
            return this;
        }

        /** An event of the customer added last. */
        Builder event(String id, long second, int nanos, int eventType, int eventChannel, int kind, String message,
                String product, double amount, long row) {
            int e = eventId.size();
            if (e == type.length) {
                int capacity = e * 2;
                epochSecond = Arrays.copyOf(epochSecond, capacity);
                nano = Arrays.copyOf(nano, capacity);
                type = Arrays.copyOf(type, capacity);
                channel = Arrays.copyOf(channel, capacity);
                messageKind = Arrays.copyOf(messageKind, capacity);
                value = Arrays.copyOf(value, capacity);
                fileRow = Arrays.copyOf(fileRow, capacity);
            }
            eventId.add(id);
            epochSecond[e] = second;
            nano[e] = nanos;
            type[e] = (byte) eventType;
            channel[e] = (byte) eventChannel;
            messageKind[e] = (byte) kind;
            messageId.add(message);
            productId.add(product);
            value[e] = amount;
            fileRow[e] = row;
            return this;
        }

        CustomerSlice build() {
            return new CustomerSlice(this);
        }
    }

    public int customers() {
        return ids.size();
    }

    public int events() {
        return eventId.size();
    }

    /** Each event's row in events.csv, in the order of {@link #toCustomerData()}'s event table. */
    public long[] fileRows() {
        return fileRow.clone();
    }

    /**
     * The slice as the engine's columns: the same customers, granted consents and events, each customer's events in
     * the same order as in the whole data set, so every customer runs exactly as on the desktop. The event columns
     * become the event table as they are ({@link EventTable#ofColumns}); only customers and text are made again.
     */
    public CustomerData toCustomerData() {
        int n = ids.size();
        int events = eventId.size();
        List<String> customerIds = new ArrayList<>(n);
        List<Customer> customers = new ArrayList<>(n);
        Map<String, String> shared = new HashMap<>();
        int[] customerOfEvent = new int[events];
        for (int i = 0; i < n; i++) {
            String id = ids.get(i);
            customerIds.add(id);
            customers.add(profile.customer(i, id, shared(shared, country.get(i)), ZoneId.of(zone.get(i))));
            Arrays.fill(customerOfEvent, firstEvent[i], firstEvent[i + 1], i);
        }
        List<String> products = new ArrayList<>();
        Map<String, Integer> productIndex = new HashMap<>();
        int[] productOfEvent = new int[events];
        String[] eventIds = new String[events];
        String[] messageIds = new String[events];
        for (int e = 0; e < events; e++) {
            String p = productId.get(e);
            productOfEvent[e] = p == null ? -1 : productIndex.computeIfAbsent(p, x -> {
                products.add(x);
                return products.size() - 1;
            });
            eventIds[e] = eventId.get(e);
            messageIds[e] = messageId.get(e);
        }
        EventTable table = EventTable.ofColumns(customerIds, products, eventIds, epochSecond, nano, customerOfEvent,
                type, channel, messageKind, messageIds, productOfEvent, value);
        return CustomerData.of(customers, consentBits.clone(), table);
    }

    private static String shared(Map<String, String> texts, String text) {
        return texts.computeIfAbsent(text, t -> t);
    }
}
