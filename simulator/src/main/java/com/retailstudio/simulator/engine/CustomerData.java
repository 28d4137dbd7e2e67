package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of a data set in columnar form with each customer's events grouped (rows of the event table in time
 * order per customer), so the engine walks one customer's timeline without building per-customer objects.
 */
public final class CustomerData {
    private final int size;
    private final String[] ids;
    private final ZoneId[] zones;
    private final short[] zone;
    private final byte[] tier;
    private final byte[] ageBand;
    private final byte[] preferredChannel;
    private final double[] priceSensitivity;
    private final double[] lifetimeValue;
    private final int[] signupDay;
    private final String[] country;
    private final int[] consentBits;
    private final EventTable events;
    private final int[] offsets;
    private final int[] rows;
    // the columns the engine reads per event, copied into customer order so a customer's events sit side by side
    private final int[] time;
    private final byte[] type;
    private final byte[] channel;
    private final double[] value;
    private final long horizonStart;
    private final long horizonEnd;

    private CustomerData(List<Customer> customers, List<Consent> consents, EventTable events) {
        this(customers, null, consents, events);
    }

    /** Either {@code grantedBits} (one int per customer, as {@link #consentBits}) or {@code consents} is given. */
    private CustomerData(List<Customer> customers, int[] grantedBits, List<Consent> consents, EventTable events) {
        size = customers.size();
        ids = new String[size];
        zone = new short[size];
        tier = new byte[size];
        ageBand = new byte[size];
        preferredChannel = new byte[size];
        priceSensitivity = new double[size];
        lifetimeValue = new double[size];
        signupDay = new int[size];
        country = new String[size];
        consentBits = new int[size];
        Map<ZoneId, Integer> zoneIndex = new HashMap<>();
        List<ZoneId> zoneList = new ArrayList<>();
        Map<String, Integer> index = grantedBits == null ? new HashMap<>(size * 2) : null;
        Map<String, String> countries = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Customer c = customers.get(i);
            ids[i] = c.customerId();
            if (index != null) {
                index.put(c.customerId(), i);
            }
            zone[i] = (short) (int) zoneIndex.computeIfAbsent(c.timezone(), z -> {
                zoneList.add(z);
                return zoneList.size() - 1;
            });
            tier[i] = (byte) c.loyaltyTier().ordinal();
            ageBand[i] = (byte) c.ageBand().ordinal();
            preferredChannel[i] = (byte) c.preferredChannel().ordinal();
            priceSensitivity[i] = c.priceSensitivity();
            lifetimeValue[i] = c.lifetimeValue();
            signupDay[i] = (int) c.signupDate().toEpochDay();
            country[i] = countries.computeIfAbsent(c.country(), s -> s);
        }
        zones = zoneList.toArray(ZoneId[]::new);
        if (grantedBits != null) {
            System.arraycopy(grantedBits, 0, consentBits, 0, size);
        } else {
            for (Consent consent : consents) {
                Integer i = index.get(consent.customerId());
                if (i != null && consent.granted()) {
                    consentBits[i] |= 1 << consent.purpose().ordinal();
                }
            }
        }
        this.events = events;
        int n = events.size();
        offsets = new int[size + 1];
        for (int r = 0; r < n; r++) {
            offsets[events.customerIndex(r) + 1]++;
        }
        for (int i = 0; i < size; i++) {
            offsets[i + 1] += offsets[i];
        }
        rows = new int[n];
        int[] fill = java.util.Arrays.copyOf(offsets, size);
        for (int r = 0; r < n; r++) {
            rows[fill[events.customerIndex(r)]++] = r;
        }
        horizonStart = n == 0 ? 0 : events.epochSecond(0);
        horizonEnd = n == 0 ? 0 : events.epochSecond(n - 1);
        if (horizonEnd - horizonStart > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the events span more than 68 years");
        }
        time = new int[n];
        type = new byte[n];
        channel = new byte[n];
        value = new double[n];
        for (int p = 0; p < n; p++) {
            int r = rows[p];
            time[p] = (int) (events.epochSecond(r) - horizonStart);
            type[p] = (byte) events.eventType(r).ordinal();
            channel[p] = (byte) events.channel(r).ordinal();
            value[p] = events.value(r).orElse(Double.NaN);
        }
    }

    /** The data set's customers, consents and events; event customer indexes point into the customer list. */
    public static CustomerData of(DataSet data) {
        return new CustomerData(data.customers(), data.consents(), data.events());
    }

    /**
     * From consents already reduced to bits (bit {@code 1 << purpose.ordinal()} set when granted, one int per customer
     * in list order), as the columnar data set reads them: six million consent records at a million customers are
     * never built.
     */
    public static CustomerData of(List<Customer> customers, int[] grantedConsentBits, EventTable events) {
        if (grantedConsentBits.length != customers.size()) {
            throw new IllegalArgumentException("one consent bit set per customer");
        }
        return new CustomerData(customers, grantedConsentBits, List.of(), events);
    }

    /** For hand-built cases: the event table's customer indexes must point into {@code customers}. */
    public static CustomerData of(List<Customer> customers, List<Consent> consents, EventTable events) {
        return new CustomerData(customers, consents, events);
    }

    public int size() {
        return size;
    }

    public String id(int customer) {
        return ids[customer];
    }

    public ZoneId zone(int customer) {
        return zones[zone[customer]];
    }

    public int tier(int customer) {
        return tier[customer];
    }

    public int ageBand(int customer) {
        return ageBand[customer];
    }

    public int preferredChannel(int customer) {
        return preferredChannel[customer];
    }

    public double priceSensitivity(int customer) {
        return priceSensitivity[customer];
    }

    public double lifetimeValue(int customer) {
        return lifetimeValue[customer];
    }

    public int signupDay(int customer) {
        return signupDay[customer];
    }

    public String country(int customer) {
        return country[customer];
    }

    /** Bit {@code 1 << purpose.ordinal()} is set when the purpose is granted in consents.csv. */
    public int consentBits(int customer) {
        return consentBits[customer];
    }

    public EventTable events() {
        return events;
    }

    /** First position of the customer's events in {@link #row(int)} order. */
    public int firstEvent(int customer) {
        return offsets[customer];
    }

    /** One past the last position of the customer's events. */
    public int endEvent(int customer) {
        return offsets[customer + 1];
    }

    /** The event table row at a position of the customer-grouped order. */
    public int row(int position) {
        return rows[position];
    }

    /**
     * How many events of the type happened in the window ending at {@code now}, that is in (now − window, now],
     * among the positions [start, end) of one customer, which are in time order.
     */
    public int countEvents(int start, int end, int eventType, long now, long windowSeconds) {
        int count = 0;
        long from = now - windowSeconds;
        for (int p = start; p < end; p++) {
            long t = time(p);
            if (t > now) {
                break;
            }
            if (t > from && type(p) == eventType) {
                count++;
            }
        }
        return count;
    }

    /** Seconds from the customer's last event of the type at or before {@code now}; infinite when there is none. */
    public double secondsSinceLast(int start, int end, int eventType, long now) {
        for (int p = end - 1; p >= start; p--) {
            long t = time(p);
            if (t <= now && type(p) == eventType) {
                return now - t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Epoch second of the event at a position of the customer-grouped order. */
    public long time(int position) {
        return horizonStart + time[position];
    }

    /** {@code EventType} ordinal of the event at a position. */
    public int type(int position) {
        return type[position];
    }

    /** {@code Channel} ordinal of the event at a position. */
    public int channel(int position) {
        return channel[position];
    }

    /** The event's value, NaN when it has none. */
    public double value(int position) {
        return value[position];
    }

    public long horizonStart() {
        return horizonStart;
    }

    public long horizonEnd() {
        return horizonEnd;
    }

    public long eventCount() {
        return events.size();
    }
}
