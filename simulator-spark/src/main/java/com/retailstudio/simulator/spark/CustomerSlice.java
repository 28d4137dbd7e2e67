package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.simulator.engine.CustomerData;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One Spark partition's customers with everything the engine reads of them: the customer columns, the granted consent
 * purposes and every one of their events (each customer's in the data set's order), as plain arrays so that Spark
 * ships them with Java serialization (the data set's records are not serializable). A task turns it back into a
 * {@link CustomerData} and runs the desktop engine over it.
 */
public final class CustomerSlice implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final LoyaltyTier[] TIERS = LoyaltyTier.values();
    private static final AgeBand[] AGES = AgeBand.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final EventType[] TYPES = EventType.values();
    private static final MessageKind[] KINDS = MessageKind.values();
    private static final ConsentPurpose[] PURPOSES = ConsentPurpose.values();

    private final String[] ids;
    private final String[] zone;
    private final byte[] tier;
    private final byte[] ageBand;
    private final byte[] preferredChannel;
    private final double[] priceSensitivity;
    private final double[] lifetimeValue;
    private final int[] signupDay;
    private final String[] country;
    private final int[] consentBits;
    /** Where each customer's events start in the event columns; one more entry than customers. */
    private final int[] firstEvent;
    private final String[] eventId;
    private final long[] epochSecond;
    private final int[] nano;
    private final byte[] type;
    private final byte[] channel;
    private final byte[] messageKind;
    private final String[] messageId;
    private final String[] productId;
    private final double[] value;

    /** Customers {@code [from, to)} of the data, in its customer order. */
    public static CustomerSlice of(CustomerData data, int from, int to) {
        return new CustomerSlice(data, from, to);
    }

    private CustomerSlice(CustomerData data, int from, int to) {
        int n = to - from;
        ids = new String[n];
        zone = new String[n];
        tier = new byte[n];
        ageBand = new byte[n];
        preferredChannel = new byte[n];
        priceSensitivity = new double[n];
        lifetimeValue = new double[n];
        signupDay = new int[n];
        country = new String[n];
        consentBits = new int[n];
        firstEvent = new int[n + 1];
        int events = data.firstEvent(to) - data.firstEvent(from);
        eventId = new String[events];
        epochSecond = new long[events];
        nano = new int[events];
        type = new byte[events];
        channel = new byte[events];
        messageKind = new byte[events];
        messageId = new String[events];
        productId = new String[events];
        value = new double[events];
        EventTable table = data.events();
        int e = 0;
        for (int i = 0; i < n; i++) {
            int c = from + i;
            ids[i] = data.id(c);
            zone[i] = data.zone(c).getId();
            tier[i] = (byte) data.tier(c);
            ageBand[i] = (byte) data.ageBand(c);
            preferredChannel[i] = (byte) data.preferredChannel(c);
            priceSensitivity[i] = data.priceSensitivity(c);
            lifetimeValue[i] = data.lifetimeValue(c);
            signupDay[i] = data.signupDay(c);
            country[i] = data.country(c);
            consentBits[i] = data.consentBits(c);
            firstEvent[i] = e;
            for (int p = data.firstEvent(c); p < data.endEvent(c); p++, e++) {
                int row = data.row(p);
                Instant at = table.timestamp(row);
                eventId[e] = table.eventId(row);
                epochSecond[e] = at.getEpochSecond();
                nano[e] = at.getNano();
                type[e] = (byte) table.eventType(row).ordinal();
                channel[e] = (byte) table.channel(row).ordinal();
                messageKind[e] = (byte) table.messageKind(row).map(Enum::ordinal).orElse(-1).intValue();
                messageId[e] = table.messageId(row).orElse(null);
                productId[e] = table.productId(row).orElse(null);
                value[e] = table.value(row).orElse(Double.NaN);
            }
        }
        firstEvent[n] = e;
    }

    public int customers() {
        return ids.length;
    }

    public int events() {
        return eventId.length;
    }

    /**
     * The slice as the engine's columns: the same customers, granted consents and events, each customer's events in
     * the same order as in the whole data set, so every customer runs exactly as on the desktop.
     */
    public CustomerData toCustomerData() {
        int n = ids.length;
        List<Customer> customers = new ArrayList<>(n);
        List<Consent> consents = new ArrayList<>();
        Map<String, ZoneId> zones = new HashMap<>();
        for (int i = 0; i < n; i++) {
            customers.add(new Customer(ids[i], LocalDate.ofEpochDay(signupDay[i]), country[i],
                    zones.computeIfAbsent(zone[i], ZoneId::of), TIERS[tier[i]], AGES[ageBand[i]],
                    priceSensitivity[i], CHANNELS[preferredChannel[i]], lifetimeValue[i]));
            for (ConsentPurpose purpose : PURPOSES) {
                if ((consentBits[i] & (1 << purpose.ordinal())) != 0) {
                    // the engine reads granted purposes only (consents.csv's latest decision), not when they were
                    consents.add(new Consent(ids[i], purpose, true, Instant.EPOCH));
                }
            }
        }
        List<String> products = new ArrayList<>();
        Map<String, Integer> productIndex = new HashMap<>();
        for (String p : productId) {
            if (p != null && productIndex.putIfAbsent(p, products.size()) == null) {
                products.add(p);
            }
        }
        EventTable.Builder table = EventTable.builder(Arrays.asList(ids), products);
        for (int i = 0; i < n; i++) {
            for (int e = firstEvent[i]; e < firstEvent[i + 1]; e++) {
                Event event = new Event(eventId[e], Instant.ofEpochSecond(epochSecond[e], nano[e]), ids[i],
                        TYPES[type[e]], CHANNELS[channel[e]],
                        messageKind[e] < 0 ? Optional.empty() : Optional.of(KINDS[messageKind[e]]),
                        Optional.ofNullable(messageId[e]), Optional.ofNullable(productId[e]),
                        Double.isNaN(value[e]) ? OptionalDouble.empty() : OptionalDouble.of(value[e]));
                table.add(event, i, productId[e] == null ? -1 : productIndex.get(productId[e]));
            }
        }
        return CustomerData.of(customers, consents, table.build());
    }
}
