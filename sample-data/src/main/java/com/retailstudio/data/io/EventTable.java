package com.retailstudio.data.io;

import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.MessageKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All events of a data set in columnar form, in file (time) order. Millions of rows fit because a row costs a few
 * primitives and its id rather than a record with boxed options; {@link #get(int)} builds the record on demand.
 */
public final class EventTable {

    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final MessageKind[] KINDS = MessageKind.values();

    private final List<String> customerIds;
    private final List<String> productIds;
    private final int size;
    private final String[] eventId;
    private final long[] epochSecond;
    private final int[] nano;
    private final int[] customer;
    private final byte[] type;
    private final byte[] channel;
    private final byte[] messageKind;
    private final String[] messageId;
    private final int[] product;
    private final double[] value;

    private EventTable(Builder b) {
        this.customerIds = b.customerIds;
        this.productIds = b.productIds;
        this.size = b.size;
        this.eventId = Arrays.copyOf(b.eventId, size);
        this.epochSecond = Arrays.copyOf(b.epochSecond, size);
        this.nano = Arrays.copyOf(b.nano, size);
        this.customer = Arrays.copyOf(b.customer, size);
        this.type = Arrays.copyOf(b.type, size);
        this.channel = Arrays.copyOf(b.channel, size);
        this.messageKind = Arrays.copyOf(b.messageKind, size);
        this.messageId = Arrays.copyOf(b.messageId, size);
        this.product = Arrays.copyOf(b.product, size);
        this.value = Arrays.copyOf(b.value, size);
    }

    private EventTable(List<String> customerIds, List<String> productIds, String[] eventId, long[] epochSecond,
            int[] nano, int[] customer, byte[] type, byte[] channel, byte[] messageKind, String[] messageId,
            int[] product, double[] value) {
        this.customerIds = List.copyOf(customerIds);
        this.productIds = List.copyOf(productIds);
        this.size = epochSecond.length;
        this.eventId = eventId;
        this.epochSecond = epochSecond;
        this.nano = nano;
        this.customer = customer;
        this.type = type;
        this.channel = channel;
        this.messageKind = messageKind;
        this.messageId = messageId;
        this.product = product;
        this.value = value;
    }

    /**
     * A table over columns already filled (by the columnar data set's reader), taken over without a copy so a big
     * table is never held twice. Enum columns hold ordinals ({@code messageKind} -1 for none), {@code product} -1 for
     * none, {@code value} NaN for none.
     *
     * @param eventId the event ids, or null when the job does not need them; {@link #eventId(int)} is then null
     */
    public static EventTable ofColumns(List<String> customerIds, List<String> productIds, String[] eventId,
            long[] epochSecond, int[] nano, int[] customer, byte[] type, byte[] channel, byte[] messageKind,
            String[] messageId, int[] product, double[] value) {
        int n = epochSecond.length;
        if ((eventId != null && eventId.length != n) || nano.length != n || customer.length != n || type.length != n
                || channel.length != n || messageKind.length != n || messageId.length != n || product.length != n
                || value.length != n) {
            throw new IllegalArgumentException("every column of an event table has the same length");
        }
        return new EventTable(customerIds, productIds, eventId, epochSecond, nano, customer, type, channel,
                messageKind, messageId, product, value);
    }

    /**
     * Starts a table whose customer and product columns are indexes into the given id lists.
     *
     * @param customerIds customer ids; row customer indexes point into this list
     * @param productIds  product ids; row product indexes point into this list
     */
    public static Builder builder(List<String> customerIds, List<String> productIds) {
        return new Builder(customerIds, productIds);
    }

    public int size() {
        return size;
    }

    /** The event at row {@code row} as a record. */
    public Event get(int row) {
        return new Event(eventId(row), timestamp(row), customerId(row), eventType(row), channel(row), messageKind(row),
                Optional.ofNullable(messageId[row]), productId(row), value(row));
    }

    /** All events as records, built one at a time. */
    public Stream<Event> stream() {
        return IntStream.range(0, size).mapToObj(this::get);
    }

    /** The event's id; null when the table was read without ids ({@link #ofColumns}). */
    public String eventId(int row) {
        return eventId == null ? null : eventId[row];
    }

    public Instant timestamp(int row) {
        return Instant.ofEpochSecond(epochSecond[row], nano[row]);
    }

    public long epochSecond(int row) {
        return epochSecond[row];
    }

    /** Index of the event's customer in the data set's customer list. */
    public int customerIndex(int row) {
        return customer[row];
    }

    public String customerId(int row) {
        return customerIds.get(customer[row]);
    }

    public EventType eventType(int row) {
        return TYPES[type[row]];
    }

    public Channel channel(int row) {
        return CHANNELS[channel[row]];
    }

    public Optional<MessageKind> messageKind(int row) {
        return messageKind[row] < 0 ? Optional.empty() : Optional.of(KINDS[messageKind[row]]);
    }

    public Optional<String> messageId(int row) {
        return Optional.ofNullable(messageId[row]);
    }

    /** The product ids that {@link #productIndex} points into. */
    public List<String> productIds() {
        return productIds;
    }

    /** Index of the event's product in the data set's product list, or -1 when the event has none. */
    public int productIndex(int row) {
        return product[row];
    }

    public Optional<String> productId(int row) {
        return product[row] < 0 ? Optional.empty() : Optional.of(productIds.get(product[row]));
    }

    public OptionalDouble value(int row) {
        return Double.isNaN(value[row]) ? OptionalDouble.empty() : OptionalDouble.of(value[row]);
    }

    /** Collects rows; arrays grow by half as rows arrive and are trimmed by {@link #build()}. */
    public static final class Builder {
        private final List<String> customerIds;
        private final List<String> productIds;
        private int size;
        private String[] eventId = new String[16];
        private long[] epochSecond = new long[16];
        private int[] nano = new int[16];
        private int[] customer = new int[16];
        private byte[] type = new byte[16];
        private byte[] channel = new byte[16];
        private byte[] messageKind = new byte[16];
        private String[] messageId = new String[16];
        private int[] product = new int[16];
        private double[] value = new double[16];

        private Builder(List<String> customerIds, List<String> productIds) {
            this.customerIds = List.copyOf(customerIds);
            this.productIds = List.copyOf(productIds);
        }

        /**
         * Appends an event whose customer and product are already resolved to indexes.
         *
         * @param productIndex index into the product ids, or -1 when the event has no product
         */
        public Builder add(Event event, int customerIndex, int productIndex) {
            if (size == eventId.length) {
                grow();
            }
            eventId[size] = event.eventId();
            epochSecond[size] = event.timestamp().getEpochSecond();
            nano[size] = event.timestamp().getNano();
            customer[size] = customerIndex;
            type[size] = (byte) event.eventType().ordinal();
            channel[size] = (byte) event.channel().ordinal();
            messageKind[size] = (byte) event.messageKind().map(Enum::ordinal).orElse(-1).intValue();
            messageId[size] = event.messageId().orElse(null);
            product[size] = productIndex;
            value[size] = event.value().orElse(Double.NaN);
            size++;
            return this;
        }

        private void grow() {
            int capacity = eventId.length + (eventId.length >> 1);
            eventId = Arrays.copyOf(eventId, capacity);
            epochSecond = Arrays.copyOf(epochSecond, capacity);
            nano = Arrays.copyOf(nano, capacity);
            customer = Arrays.copyOf(customer, capacity);
            type = Arrays.copyOf(type, capacity);
            channel = Arrays.copyOf(channel, capacity);
            messageKind = Arrays.copyOf(messageKind, capacity);
            messageId = Arrays.copyOf(messageId, capacity);
            product = Arrays.copyOf(product, capacity);
            value = Arrays.copyOf(value, capacity);
        }

        public EventTable build() {
            return new EventTable(this);
        }
    }
}
