package com.retailstudio.simulator.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.retailstudio.data.generate.DataGenerator;
import com.retailstudio.data.generate.GenerationProgress;
import com.retailstudio.data.generate.GeneratorConfig;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.model.Customer;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.FitCounts;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
    /** The columnar copy the real import wrote of the generated folder. */
    private static Path parquet;
    /** The customer the moved purchase was recorded against. */
    private static int movedTo;

    @BeforeAll
    static void generateAndStartSpark() throws Exception {
        DataGenerator.generate(GeneratorConfig.defaults().withCustomers(1_500).withDays(40).withSeed(7),
                folder.resolve("csv"), GenerationProgress.NONE);
        data = DataSetLoader.load(folder.resolve("csv"));
        spark = SparkLocal.session("local[2]");
        context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        parquet = ImportedCopy.of(folder.resolve("csv"), folder.resolve("datasets"));
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
        ParquetCustomers source = new ParquetCustomers(spark, parquet.toUri().toString());
        ResponseModel model = source.fitModel(context, partitions);

        assertEquals(0, source.sharedMessageIds(), "no message id is shared, so the tasks counted");
        assertArrayEquals(bytes(ResponseModelFitter.fit(CustomerData.of(data))), bytes(model));
    }

    @Test
    void theExtentIsCountedBySparkAsTheDesktopLoadsIt() {
        CustomerData desktop = CustomerData.of(data);
        ParquetCustomers source = new ParquetCustomers(spark, parquet.toUri().toString());

        assertEquals(new CustomerSource.Extent(desktop.size(), desktop.eventCount(), desktop.horizonStart(),
                desktop.horizonEnd()), source.extent());
        assertFalse(source.loadedOnDriver());
    }

    @Test
    void aResponseToAnotherCustomersSendIsFittedOnTheDriver() throws IOException {
        Path sharedCopy = withAPurchaseMovedToAnotherCustomer(folder.resolve("csv"), folder.resolve("datasets"));
        DataSet shared = DataSetLoader.load(folder.resolve("datasets").resolve("moved-csv"));
        ParquetCustomers source = new ParquetCustomers(spark, sharedCopy.toUri().toString());
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

    /**
     * A copy of the CSV folder with its first attributed purchase (one with a message id) recorded against the next
     * customer instead, imported as a columnar copy into {@code datasets}.
     */
    private static Path withAPurchaseMovedToAnotherCustomer(Path csv, Path datasets) throws IOException {
        Path moved = datasets.resolve("moved-csv");
        Files.createDirectories(moved);
        try (Stream<Path> files = Files.list(csv)) {
            for (Path file : files.toList()) {
                Files.copy(file, moved.resolve(file.getFileName()));
            }
        }
        List<String> ids = data.customers().stream().map(Customer::customerId).toList();
        List<String> lines = new ArrayList<>(Files.readAllLines(moved.resolve("events.csv")));
        List<String> header = List.of(lines.get(0).split(","));
        int customerColumn = header.indexOf("customer_id");
        int typeColumn = header.indexOf("event_type");
        int messageColumn = header.indexOf("message_id");
        for (int line = 1; line < lines.size(); line++) {
            String[] fields = lines.get(line).split(",", -1);
            if (fields[typeColumn].equals("purchase") && !fields[messageColumn].isEmpty()) {
                movedTo = (ids.indexOf(fields[customerColumn]) + 1) % ids.size();
                fields[customerColumn] = ids.get(movedTo);
                lines.set(line, String.join(",", fields));
                Files.write(moved.resolve("events.csv"), lines);
                return ImportedCopy.of(moved, datasets);
            }
        }
        throw new AssertionError("the generated history has no attributed purchase");
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
