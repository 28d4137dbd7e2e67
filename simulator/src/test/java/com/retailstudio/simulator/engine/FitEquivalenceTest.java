package com.retailstudio.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parallel fitter gives the model of the single-threaded fitter it replaced ({@link ResponseModelFitterOracle}),
 * bit for bit, on 1, 2, 3 and 7 threads: on generated data sets of several sizes, seeds and seasons (two of them
 * across daylight-saving changes), and on hand-built histories full of what the generator never writes.
 */
@Tag("slow")
class FitEquivalenceTest {
    private static final int[] THREADS = {1, 2, 3, 7};

    static Stream<Arguments> generated() {
        return Stream.of(
                Arguments.of(400, 7L, LocalDate.of(2026, 6, 1), 90),
                Arguments.of(3_000, 42L, LocalDate.of(2026, 3, 10), 40),
                Arguments.of(6_000, 11L, LocalDate.of(2026, 10, 15), 30));
    }

    @ParameterizedTest(name = "{0} customers, seed {1}, from {2} for {3} days")
    @MethodSource("generated")
    void generatedDataSetsFitToTheOraclesModel(int customers, long seed, LocalDate start, int days)
            throws IOException {
        Path folder = Files.createTempDirectory("fit-equivalence");
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(customers).withSeed(seed).withStartDate(start)
                .withDays(days), folder, GenerationProgress.NONE);
        CustomerData data = CustomerData.of(DataSetLoader.load(folder));
        assertTrue(data.eventCount() > customers, "the data set has a history");
        ResponseModel expected = ResponseModelFitterOracle.fit(data);
        for (int threads : THREADS) {
            assertSameModel(expected, ResponseModelFitter.fit(data, threads), threads + " threads");
        }
    }

    private static final String[] ZONES = {"Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
        "America/St_Johns", "Pacific/Chatham", "UTC", "+05:45"};
    private static final EventType[] TYPES = {EventType.MESSAGE_SENT, EventType.MESSAGE_SENT, EventType.EMAIL_OPEN,
        EventType.PUSH_OPEN, EventType.EMAIL_CLICK, EventType.PURCHASE, EventType.UNSUBSCRIBE, EventType.PAGE_VIEW};

    /**
     * Histories the loader accepts but the generator never writes: message ids sent twice (the last send gets the
     * responses), responses naming another customer's send, a later send or no send at all, sends without id or
     * kind, purchases without value; times around the spring and autumn changes of several zones, sometimes out of
     * order.
     */
    @Property(tries = 200)
    void handBuiltHistoriesFitToTheOraclesModel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int customers,
            @ForAll @IntRange(min = 0, max = 400) int events) {
        CustomerData data = history(new SplittableRandom(seed), customers, events);
        ResponseModel expected = ResponseModelFitterOracle.fit(data);
        for (int threads : THREADS) {
            assertSameModel(expected, ResponseModelFitter.fit(data, threads), threads + " threads, seed " + seed);
        }
    }

    static CustomerData history(SplittableRandom random, int customerCount, int eventCount) {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, customerCount); i++) {
            customers.add(new Customer("C" + i, LocalDate.of(2024, 1, 1), "GB",
                    ZoneId.of(ZONES[random.nextInt(ZONES.length)]),
                    LoyaltyTier.values()[random.nextInt(LoyaltyTier.values().length)],
                    AgeBand.values()[random.nextInt(AgeBand.values().length)], random.nextDouble(),
                    Channel.EMAIL, 100));
        }
        // spring changes: 2026-03-29 (Europe), 03-08 (US), 04-05 (Sydney, Chatham); autumn: 10-25, 11-01, 10-04
        long from = Instant.parse(random.nextBoolean() ? "2026-03-01T00:00:00Z" : "2026-09-28T00:00:00Z")
                .getEpochSecond();
        long span = 45L * 86_400;
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            EventType type = TYPES[random.nextInt(TYPES.length)];
            long t = from + random.nextLong(span);
            Optional<MessageKind> kind = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(MessageKind.values()[random.nextInt(MessageKind.values().length)]);
            Optional<String> id = random.nextInt(8) == 0 ? Optional.empty()
                    : Optional.of("M" + random.nextInt(Math.max(1, eventCount / 3)));
            OptionalDouble value = random.nextInt(4) == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(random.nextInt(100_000) / 100.0);
            list.add(new Event("E" + e, Instant.ofEpochSecond(t), "C" + random.nextInt(customers.size()), type,
                    Channel.values()[random.nextInt(Channel.values().length)], kind, id, Optional.empty(), value));
        }
        if (random.nextInt(4) != 0) {
            list.sort(Comparator.comparing(Event::timestamp));
        }
        EventTable.Builder table = EventTable.builder(customers.stream().map(Customer::customerId).toList(),
                List.of());
        for (Event e : list) {
            table.add(e, Integer.parseInt(e.customerId().substring(1)), -1);
        }
        return CustomerData.of(customers, List.of(), table.build());
    }

    static void assertSameModel(ResponseModel expected, ResponseModel actual, String what) {
        assertEquals(bits(expected.a), bits(actual.a), what + ": A");
        assertEquals(bits(expected.h), bits(actual.h), what + ": H");
        assertEquals(bits(expected.m), bits(actual.m), what + ": M");
        assertEquals(bits(new double[][] {{expected.clickGivenOpen, expected.purchaseGivenClick,
            expected.purchaseGivenPushOpen}, expected.unsubscribePerSend, expected.purchaseValue}),
                bits(new double[][] {{actual.clickGivenOpen, actual.purchaseGivenClick, actual.purchaseGivenPushOpen},
                    actual.unsubscribePerSend, actual.purchaseValue}), what + ": rates and values");
    }

    /** Each number's exact bits, so the comparison is bit for bit (NaN's and -0.0's too) with a readable failure. */
    private static List<List<String>> bits(double[][] table) {
        return Stream.of(table).map(row -> DoubleStream.of(row)
                .mapToObj(x -> x + "/" + Long.toHexString(Double.doubleToRawLongBits(x))).toList()).toList();
    }
}
