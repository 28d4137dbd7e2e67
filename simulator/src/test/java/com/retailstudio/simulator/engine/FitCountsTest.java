package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.LoyaltyTier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A fit spread over machines: the counts of consecutive ranges of customers, each range's events grouped by customer
 * (as a Spark task holds them, not in file order), serialized as Spark ships them and merged in either order, give the
 * desktop fitter's model bit for bit, when every message id belongs to one customer.
 */
@Tag("slow")
class FitCountsTest {

    @Property(tries = 200)
    void customerRangesMergeToTheDesktopModel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int customers,
            @ForAll @IntRange(min = 0, max = 400) int events, @ForAll @IntRange(min = 1, max = 7) int parts)
            throws IOException, ClassNotFoundException {
        CustomerData data = idsOfTheirOwn(FitEquivalenceTest.history(new SplittableRandom(seed), customers, events));
        ResponseModel expected = ResponseModelFitter.fit(data);
        List<FitCounts> counts = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            counts.add(shipped(part(data, data.size() * p / parts, data.size() * (p + 1) / parts)));
        }
        FitCounts forward = counts.get(0);
        FitCounts backward = counts.get(parts - 1);
        for (int p = 1; p < parts; p++) {
            forward = forward.merge(counts.get(p));
            backward = backward.merge(counts.get(parts - 1 - p));
        }
        FitEquivalenceTest.assertSameModel(expected, forward.toModel(), parts + " parts, seed " + seed);
        FitEquivalenceTest.assertSameModel(expected, backward.toModel(), parts + " parts backwards, seed " + seed);
    }

    @Test
    void fileRowsMustMatchTheEvents() {
        CustomerData data = FitEquivalenceTest.history(new SplittableRandom(1), 3, 20);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseModelFitter.partialCounts(data, new long[3]));
        assertEquals("3 file rows for 20 events", e.getMessage());
    }

    /** The history with each message id prefixed by its event's customer, so no id is shared between customers. */
    private static CustomerData idsOfTheirOwn(CustomerData data) {
        EventTable table = data.events();
        EventTable.Builder own = EventTable.builder(ids(data, 0, data.size()), List.of());
        for (int r = 0; r < table.size(); r++) {
            Event e = table.get(r);
            own.add(new Event(e.eventId(), e.timestamp(), e.customerId(), e.eventType(), e.channel(), e.messageKind(),
                    e.messageId().map(id -> e.customerId() + "/" + id), Optional.empty(), e.value()),
                    table.customerIndex(r), -1);
        }
        return CustomerData.of(customers(data, 0, data.size()), List.of(), own.build());
    }

    /** Customers [from, to) with their events grouped by customer, each event's file row beside it. */
    private static FitCounts part(CustomerData data, int from, int to) {
        EventTable table = data.events();
        EventTable.Builder part = EventTable.builder(ids(data, from, to), List.of());
        List<Long> fileRows = new ArrayList<>();
        for (int c = from; c < to; c++) {
            for (int r = 0; r < table.size(); r++) {
                if (table.customerIndex(r) == c) {
                    part.add(table.get(r), c - from, -1);
                    fileRows.add((long) r);
                }
            }
        }
        return ResponseModelFitter.partialCounts(CustomerData.of(customers(data, from, to), List.of(), part.build()),
                fileRows.stream().mapToLong(Long::longValue).toArray());
    }

    private static List<String> ids(CustomerData data, int from, int to) {
        return customers(data, from, to).stream().map(Customer::customerId).toList();
    }

    private static List<Customer> customers(CustomerData data, int from, int to) {
        List<Customer> list = new ArrayList<>();
        for (int c = from; c < to; c++) {
            list.add(new Customer(data.id(c), LocalDate.ofEpochDay(data.signupDay(c)), data.country(c), data.zone(c),
                    LoyaltyTier.values()[data.tier(c)], AgeBand.values()[data.ageBand(c)], data.priceSensitivity(c),
                    Channel.values()[data.preferredChannel(c)], data.lifetimeValue(c)));
        }
        return list;
    }

    /** The counts after Java serialization, as a Spark task hands them to the driver. */
    private static FitCounts shipped(FitCounts counts) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (FitCounts) in.readObject();
        }
    }
}
