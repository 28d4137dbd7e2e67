package com.retailstudio.simulator.engine;

import com.retailstudio.data.io.CustomerEvents;
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
 * The customers of a data set in columnar form with each customer's events grouped ({@link CustomerEvents}: positions
 * in time order per customer), so the engine walks one customer's timeline without building per-customer objects.
 */
public final class CustomerData {
    private final int size;
    private final String[] ids;
    private final ZoneId[] zones;
    private final short[] zone;
    private final ProfileColumns profile;
    private final String[] country;
    private final int[] consentBits;
    private final CustomerEvents grouped;
    /** The table the events were grouped from; null when they were read grouped. */
    private final EventTable events;

    /** Either {@code grantedBits} (one int per customer, as {@link #consentBits}) or {@code consents} is given. */
    private CustomerData(List<Customer> customers, int[] grantedBits, List<Consent> consents, EventTable events,
            CustomerEvents grouped) {
        size = customers.size();
        ids = new String[size];
        zone = new short[size];
        profile = new ProfileColumns(size);
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
            profile.add(c);
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
        this.grouped = grouped != null ? grouped : CustomerEvents.group(events, size);
        if (this.grouped.customers() != size) {
            throw new IllegalArgumentException(this.grouped.customers() + " customers' events for " + size
                    + " customers");
        }
    }

    /** The data set's customers, consents and events; event customer indexes point into the customer list. */
    public static CustomerData of(DataSet data) {
        return of(data.customers(), data.consents(), data.events());
    }

    /**
     * From consents already reduced to bits (bit {@code 1 << purpose.ordinal()} set when granted, one int per customer
     * in list order), as the columnar data set reads them: six million consent records at a million customers are
     * never built.
     */
    public static CustomerData of(List<Customer> customers, int[] grantedConsentBits, EventTable events) {
        return new CustomerData(customers, requireOnePerCustomer(customers, grantedConsentBits), List.of(), events,
                null);
    }

    /**
     * From consents as bits (as above) and events read already grouped by customer, as the columnar data set gives
     * them: no event table is built or kept, so {@link #events()} is not available.
     */
    public static CustomerData of(List<Customer> customers, int[] grantedConsentBits, CustomerEvents events) {
        return new CustomerData(customers, requireOnePerCustomer(customers, grantedConsentBits), List.of(), null,
                events);
    }

    /** For hand-built cases: the event table's customer indexes must point into {@code customers}. */
    public static CustomerData of(List<Customer> customers, List<Consent> consents, EventTable events) {
        return new CustomerData(customers, null, consents, events, null);
    }

    private static int[] requireOnePerCustomer(List<Customer> customers, int[] grantedConsentBits) {
        if (grantedConsentBits.length != customers.size()) {
            throw new IllegalArgumentException("one consent bit set per customer");
        }
        return grantedConsentBits;
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
        return profile.tier(customer);
    }

    public int ageBand(int customer) {
        return profile.ageBand(customer);
    }

    public int preferredChannel(int customer) {
        return profile.preferredChannel(customer);
    }

    public double priceSensitivity(int customer) {
        return profile.priceSensitivity(customer);
    }

    public double lifetimeValue(int customer) {
        return profile.lifetimeValue(customer);
    }

    public int signupDay(int customer) {
        return profile.signupDay(customer);
    }

    /** The birth date's epoch day, or {@link ProfileColumns#NO_DATE} when customers.csv has none for the customer. */
    public int birthDay(int customer) {
        return profile.birthDay(customer);
    }

    /** The customer's row of customers.csv again, as read. */
    public Customer customer(int customer) {
        return profile.customer(customer, ids[customer], country[customer], zone(customer));
    }

    public String country(int customer) {
        return country[customer];
    }

    /** Bit {@code 1 << purpose.ordinal()} is set when the purpose is granted in consents.csv. */
    public int consentBits(int customer) {
        return consentBits[customer];
    }

    /**
     * The event table the events were grouped from (its rows are {@link #row}); the engine itself reads only the
     * grouped columns.
     *
     * @throws IllegalStateException when the events were read grouped, without a table
     */
    public EventTable events() {
        if (events == null) {
            throw new IllegalStateException("the events were read grouped by customer, without an event table");
        }
        return events;
    }

    /** First position of the customer's events. */
    public int firstEvent(int customer) {
        return grouped.firstEvent(customer);
    }

    /** One past the last position of the customer's events. */
    public int endEvent(int customer) {
        return grouped.endEvent(customer);
    }

    /**
     * The event's row in the event table it was grouped from, or in events.csv when it was read grouped: rows give
     * the file order in which ties between customers are decided.
     */
    public int row(int position) {
        return grouped.fileRow(position);
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

    /** Epoch second of the event at a position. */
    public long time(int position) {
        return grouped.horizonStart() + grouped.secondsFromStart(position);
    }

    /** {@code EventType} ordinal of the event at a position. */
    public int type(int position) {
        return grouped.type(position);
    }

    /** {@code Channel} ordinal of the event at a position. */
    public int channel(int position) {
        return grouped.channel(position);
    }

    /** {@code MessageKind} ordinal of the event at a position, -1 when it has none. */
    public int kind(int position) {
        return grouped.kind(position);
    }

    /** The event's product id, null when it has none. */
    public String productId(int position) {
        return grouped.productId(position);
    }

    /** The event's value, NaN when it has none. */
    public double value(int position) {
        return grouped.value(position);
    }

    /** The number of the event's message id (equal numbers, equal ids), -1 when it has none. */
    public int message(int position) {
        return grouped.message(position);
    }

    /** Every {@link #message} number is below this. */
    int messageIds() {
        return grouped.messageIds();
    }

    public long horizonStart() {
        return grouped.horizonStart();
    }

    public long horizonEnd() {
        return grouped.horizonEnd();
    }

    public long eventCount() {
        return grouped.size();
    }
}
