package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.FitCounts;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The response model of a columnar copy, fitted from counts made in Spark tasks, is the desktop fitter's model bit
 * for bit, for any number of partitions; a copy where a response names another customer's send is fitted on the
 * driver instead, and is the desktop's model too.
 */
@Tag("slow")
class DistributedFitTest {
    @TempDir
    static Path folder;
    private static SparkSession spark;
    private static JavaSparkContext context;
    private static DataSet data;
    /** The customer the moved purchase was recorded against. */
    private static int movedTo;

    @BeforeAll
    static void generateAndStartSpark() throws Exception {
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(1_500).withDays(40).withSeed(7),
                folder.resolve("csv"), GenerationProgress.NONE);
        data = DataSetLoader.load(folder.resolve("csv"));
        spark = SparkLocal.session("local[2]");
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ColumnarFixture.write(spark, data, folder.resolve("parquet"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @ParameterizedTest(name = "{0} Spark partitions")
    @ValueSource(ints = {1, 2, 3, 7})
    void countsFromTheTasksFitTheDesktopModel(int partitions) throws IOException {
        ParquetCustomers source = new ParquetCustomers(spark, folder.resolve("parquet").toUri().toString());
        ResponseModel model = source.fitModel(context, partitions);

        assertEquals(0, source.sharedMessageIds(), "no message id is shared, so the tasks counted");
        assertArrayEquals(bytes(ResponseModelFitter.fit(CustomerData.of(data))), bytes(model));
    }

    @Test
    void theExtentIsCountedBySparkAsTheDesktopLoadsIt() {
        CustomerData desktop = CustomerData.of(data);
        ParquetCustomers source = new ParquetCustomers(spark, folder.resolve("parquet").toUri().toString());

        assertEquals(new CustomerSource.Extent(desktop.size(), desktop.eventCount(), desktop.horizonStart(),
                desktop.horizonEnd()), source.extent());
        assertFalse(source.loadedOnDriver());
    }

    @Test
    void aResponseToAnotherCustomersSendIsFittedOnTheDriver() throws IOException {
        DataSet shared = withAPurchaseMovedToAnotherCustomer(data);
        ColumnarFixture.write(spark, shared, folder.resolve("shared"));
        ParquetCustomers source = new ParquetCustomers(spark, folder.resolve("shared").toUri().toString());
        ResponseModel model = source.fitModel(context, 3);

        assertEquals(1, source.sharedMessageIds());
        ResponseModel desktop = ResponseModelFitter.fit(CustomerData.of(shared));
        assertArrayEquals(bytes(desktop), bytes(model));
        // counted apart, the purchase's customer and the send's would miss the purchase: the check is needed
        CustomerData all = CustomerData.of(shared);
        FitCounts before = counts(CustomerSlice.of(all, 0, movedTo));
        FitCounts after = counts(CustomerSlice.of(all, movedTo, all.size()));
        assertFalse(Arrays.equals(bytes(desktop), bytes(before.merge(after).toModel())));
    }

    private static FitCounts counts(CustomerSlice slice) {
        return ResponseModelFitter.partialCounts(slice.toCustomerData(), slice.fileRows());
    }

    /** The data with its first attributed purchase recorded against the next customer instead. */
    private static DataSet withAPurchaseMovedToAnotherCustomer(DataSet data) {
        EventTable events = data.events();
        List<String> ids = data.customers().stream().map(c -> c.customerId()).toList();
        List<String> products = new ArrayList<>();
        Map<String, Integer> productIndex = new HashMap<>();
        for (int r = 0; r < events.size(); r++) {
            events.productId(r).ifPresent(p -> productIndex.computeIfAbsent(p, x -> {
                products.add(x);
                return products.size() - 1;
            }));
        }
        EventTable.Builder moved = EventTable.builder(ids, products);
        boolean done = false;
        for (int r = 0; r < events.size(); r++) {
            Event e = events.get(r);
            int customer = events.customerIndex(r);
            if (!done && e.eventType() == EventType.PURCHASE && e.messageId().isPresent()) {
                customer = (customer + 1) % ids.size();
                movedTo = customer;
                e = new Event(e.eventId(), e.timestamp(), ids.get(customer), e.eventType(), e.channel(),
                        e.messageKind(), e.messageId(), e.productId(), e.value());
                done = true;
            }
            moved.add(e, customer, e.productId().map(productIndex::get).orElse(-1));
        }
        assertTrue(done, "the generated history has an attributed purchase");
        return new DataSet(data.customers(), data.consents(), moved.build(), data.products(), data.stores(),
                data.zones(), data.weeklySales(), data.basketLines(), data.footTraffic());
    }

    /** The model's Java serialization: equal bytes are equal numbers to the last bit. */
    private static byte[] bytes(ResponseModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(model);
        }
        return out.toByteArray();
    }
}
