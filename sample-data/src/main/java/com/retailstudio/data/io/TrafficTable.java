package com.retailstudio.data.io;

import com.retailstudio.data.model.TrafficReading;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All foot-traffic readings of a data set in columnar form, in file order. A row costs a few primitives; the visit id
 * string is shared by consecutive readings of the same visit. {@link #get(int)} builds the record on demand.
 */
public final class TrafficTable {

    private final List<String> storeIds;
    private final int size;
    private final int[] store;
    private final String[] visitId;
    private final long[] epochSecond;
    private final int[] nano;
    private final double[] x;
    private final double[] y;

    private TrafficTable(Builder b) {
        this.storeIds = b.storeIds;
        this.size = b.size;
        this.store = Arrays.copyOf(b.store, size);
        this.visitId = Arrays.copyOf(b.visitId, size);
        this.epochSecond = Arrays.copyOf(b.epochSecond, size);
        this.nano = Arrays.copyOf(b.nano, size);
        this.x = Arrays.copyOf(b.x, size);
        this.y = Arrays.copyOf(b.y, size);
    }

    /** Starts a table whose store column holds indexes into {@code storeIds}. */
    public static Builder builder(List<String> storeIds) {
        return new Builder(storeIds);
    }

    public int size() {
        return size;
    }

    public TrafficReading get(int row) {
        return new TrafficReading(storeId(row), visitId[row], timestamp(row), x[row], y[row]);
    }

    public Stream<TrafficReading> stream() {
        return IntStream.range(0, size).mapToObj(this::get);
    }

    /** Index of the reading's store in the data set's store list. */
    public int storeIndex(int row) {
        return store[row];
    }

    public String storeId(int row) {
        return storeIds.get(store[row]);
    }

    public String visitId(int row) {
        return visitId[row];
    }

    public Instant timestamp(int row) {
        return Instant.ofEpochSecond(epochSecond[row], nano[row]);
    }

    public long epochSecond(int row) {
        return epochSecond[row];
    }

    public double xM(int row) {
        return x[row];
    }

    public double yM(int row) {
        return y[row];
    }

    /** Collects rows; arrays grow by half as rows arrive and are trimmed by {@link #build()}. */
    public static final class Builder {
        private final List<String> storeIds;
        private int size;
        private int[] store = new int[16];
        private String[] visitId = new String[16];
        private long[] epochSecond = new long[16];
        private int[] nano = new int[16];
        private double[] x = new double[16];
        private double[] y = new double[16];

        private Builder(List<String> storeIds) {
            this.storeIds = List.copyOf(storeIds);
        }

        public Builder add(TrafficReading reading, int storeIndex) {
            if (size == store.length) {
                grow();
            }
            String visit = reading.visitId();
            // Readings of a visit usually come together; sharing the previous row's string saves one String per reading.
            visitId[size] = size > 0 && visit.equals(visitId[size - 1]) ? visitId[size - 1] : visit;
            store[size] = storeIndex;
            epochSecond[size] = reading.timestamp().getEpochSecond();
            nano[size] = reading.timestamp().getNano();
            x[size] = reading.xM();
            y[size] = reading.yM();
            size++;
            return this;
        }

        private void grow() {
            int capacity = store.length + (store.length >> 1);
            store = Arrays.copyOf(store, capacity);
            visitId = Arrays.copyOf(visitId, capacity);
            epochSecond = Arrays.copyOf(epochSecond, capacity);
            nano = Arrays.copyOf(nano, capacity);
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
        }

        public TrafficTable build() {
            return new TrafficTable(this);
        }
    }
}
