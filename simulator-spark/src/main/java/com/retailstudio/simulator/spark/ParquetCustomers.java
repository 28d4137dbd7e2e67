package com.retailstudio.simulator.spark;

import static org.apache.spark.sql.functions.asc;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.countDistinct;

import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.CsvCode;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.FitCounts;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The customers of a columnar data set (docs/data-format.md, "Columnar data set": {@code customers/},
 * {@code consents/} and {@code events/} folders of Parquet files with the contract's columns plus
 * {@code customer_row} and {@code file_row}), read by Spark's own Parquet reader from any URI Spark reads (a local
 * folder, {@code hdfs://}, {@code s3a://} with the cluster's connector). The executors group the rows by customer
 * ({@code customer_row}) into consecutive ranges of customers, one per partition, each customer's events in
 * {@code events.csv} order ({@code file_row}). The response model is fitted from counts made on the executors
 * ({@link #fitModel}) and the data's sizes and horizon by Spark's aggregates ({@link #extent}), so the driver never
 * holds the rows, except to fit on the driver when message ids are shared between customers
 * ({@link #loadOnDriver()}: every customer in {@code customers.csv} order with the events in file order).
 */
public final class ParquetCustomers implements CustomerSource {
    private final SparkSession spark;
    private final String folder;
    private CustomerData data;
    private long sharedMessageIds = -1;
    private Extent extent;

    /** {@code folder}: the imported copy ({@code parquet-FINGERPRINT/}) as a path or URI. */
    public ParquetCustomers(SparkSession spark, String folder) {
        this.spark = spark;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        // dates and timestamps as java.time values, independent of the JVM's time zone
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    }

    @Override
    public String describe() {
        return folder;
    }

    private Dataset<Row> read(String table) {
        return spark.read().parquet(folder + "/" + table);
    }

    @Override
    public CustomerData loadOnDriver() {
        if (data == null) {
            List<Customer> customers = new ArrayList<>();
            for (Row row : read("customers").orderBy("customer_row").collectAsList()) {
                customers.add(customer(row));
            }
            List<Consent> consents = new ArrayList<>();
            for (Row row : read("consents").orderBy("file_row").collectAsList()) {
                consents.add(new Consent(row.getAs("customer_id"), code(ConsentPurpose.class, row, "consents",
                        "purpose"), row.getAs("granted"), row.getAs("updated_at")));
            }
            Map<String, Integer> productIndex = new HashMap<>();
            List<String> products = new ArrayList<>();
            List<Row> eventRows = read("events").orderBy("file_row").collectAsList();
            for (Row row : eventRows) {
                String product = row.getAs("product_id");
                if (product != null && productIndex.putIfAbsent(product, products.size()) == null) {
                    products.add(product);
                }
            }
            EventTable.Builder events = EventTable.builder(customers.stream().map(Customer::customerId).toList(),
                    products);
            for (Row row : eventRows) {
                Event event = event(row);
                events.add(event, row.getAs("customer_row"), event.productId().map(productIndex::get).orElse(-1));
            }
            data = CustomerData.of(customers, consents, events.build());
        }
        return data;
    }

    /**
     * Fitted from counts made on the executors: each partition's customers counted by the desktop fitter's own code
     * ({@link ResponseModelFitter#partialCounts}), summed exactly and fitted once on the driver. That is the desktop's
     * model only when no message id is shared between customers (the fitter gives a response to the last send
     * carrying its id, whoever received it); a data set that shares one is fitted on the driver from every customer.
     */
    @Override
    public ResponseModel fitModel(JavaSparkContext context, JavaRDD<CustomerSlice> slices) {
        sharedMessageIds = read("events").where(col("message_id").isNotNull()).groupBy("message_id")
                .agg(countDistinct("customer_row").as("customers")).where(col("customers").gt(1)).count();
        if (sharedMessageIds > 0) {
            return CustomerSource.super.fitModel(context, slices);
        }
        // exact in any order: whole-number counts, and purchases kept in file order until the model adds them
        return slices
                .map(slice -> ResponseModelFitter.partialCounts(slice.toCustomerData(), slice.fileRows()))
                .treeReduce(FitCounts::merge).toModel();
    }

    @Override
    public boolean fitsFromSlices() {
        return true;
    }

    /** Whether the driver has collected the rows ({@link #loadOnDriver()}). */
    boolean loadedOnDriver() {
        return data != null;
    }

    /** Message ids naming more than one customer, found by the last {@link #fitModel}; -1 before it. */
    long sharedMessageIds() {
        return sharedMessageIds;
    }

    /** Counted and looked up by Spark: the driver receives four numbers, not the rows. */
    @Override
    public Extent extent() {
        if (extent == null) {
            Dataset<Row> events = read("events");
            long count = events.count();
            extent = new Extent(read("customers").count(), count, count == 0 ? 0 : epochSecond(events, asc("file_row")),
                    count == 0 ? 0 : epochSecond(events, desc("file_row")));
        }
        return extent;
    }

    private static long epochSecond(Dataset<Row> events, Column order) {
        return events.orderBy(order).select("timestamp").first().<Instant>getAs(0).getEpochSecond();
    }

    @Override
    public JavaRDD<CustomerSlice> partitions(JavaSparkContext context, int partitions) {
        Partitioner ranges = new CustomerRanges(partitions, Math.toIntExact(extent().customers()));
        JavaPairRDD<Integer, Row> customers = byCustomer(read("customers"));
        JavaPairRDD<Integer, Row> consents = byCustomer(read("consents"));
        JavaPairRDD<Integer, Row> events = byCustomer(read("events"));
        return customers.cogroup(consents, events, ranges).mapPartitions(ParquetCustomers::slice);
    }

    private static JavaPairRDD<Integer, Row> byCustomer(Dataset<Row> table) {
        return table.javaRDD().mapToPair(row -> new Tuple2<>(row.<Integer>getAs("customer_row"), row));
    }

    /** One partition's customers, in customer_row order, each with their events in file order. */
    private static Iterator<CustomerSlice> slice(
            Iterator<Tuple2<Integer, Tuple3<Iterable<Row>, Iterable<Row>, Iterable<Row>>>> grouped) {
        List<Tuple2<Integer, Tuple3<Iterable<Row>, Iterable<Row>, Iterable<Row>>>> rows = new ArrayList<>();
        grouped.forEachRemaining(rows::add);
        rows.sort(Comparator.comparing(Tuple2::_1));
        CustomerSlice.Builder slice = new CustomerSlice.Builder();
        for (Tuple2<Integer, Tuple3<Iterable<Row>, Iterable<Row>, Iterable<Row>>> one : rows) {
            Iterator<Row> profile = one._2()._1().iterator();
            if (!profile.hasNext()) {
                throw new IllegalArgumentException("consents or events refer to customer_row " + one._1()
                        + ", which customers/ does not hold");
            }
            Customer c = customer(profile.next());
            int consentBits = 0;
            for (Row consent : one._2()._2()) {
                if (consent.<Boolean>getAs("granted")) {
                    consentBits |= 1 << code(ConsentPurpose.class, consent, "consents", "purpose").ordinal();
                }
            }
            slice.customer(one._1(), c, consentBits);
            List<Row> events = new ArrayList<>();
            one._2()._3().forEach(events::add);
            events.sort(Comparator.comparing(row -> row.<Long>getAs("file_row")));
            for (Row row : events) {
                Event e = event(row);
                slice.event(e.eventId(), e.timestamp().getEpochSecond(), e.timestamp().getNano(),
                        e.eventType().ordinal(), e.channel().ordinal(), e.messageKind().map(Enum::ordinal).orElse(-1),
                        e.messageId().orElse(null), e.productId().orElse(null), e.value().orElse(Double.NaN),
                        row.<Long>getAs("file_row"));
            }
        }
        return List.of(slice.build()).iterator();
    }

    private static Customer customer(Row row) {
        return new Customer(row.getAs("customer_id"), row.<LocalDate>getAs("signup_date"), row.getAs("country"),
                ZoneId.of(row.getAs("timezone")), code(LoyaltyTier.class, row, "customers", "loyalty_tier"),
                code(AgeBand.class, row, "customers", "age_band"), row.<Double>getAs("price_sensitivity"),
                code(Channel.class, row, "customers", "preferred_channel"), row.<Double>getAs("lifetime_value"),
                Optional.ofNullable(row.<LocalDate>getAs("birth_date")));
    }

    private static Event event(Row row) {
        String kind = row.getAs("message_kind");
        Double value = row.getAs("value");
        return new Event(row.getAs("event_id"), row.<Instant>getAs("timestamp"), row.getAs("customer_id"),
                code(EventType.class, row, "events", "event_type"), code(Channel.class, row, "events", "channel"),
                kind == null ? Optional.empty() : Optional.of(code(MessageKind.class, row, "events", "message_kind")),
                Optional.ofNullable(row.getAs("message_id")), Optional.ofNullable(row.getAs("product_id")),
                value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
    }

    private static <E extends Enum<E> & CsvCode> E code(Class<E> type, Row row, String table, String column) {
        String text = row.getAs(column);
        return CsvCode.parse(type, text).orElseThrow(() -> new IllegalArgumentException(table + "/ column " + column
                + ": \"" + text + "\" is not one of " + CsvCode.spellings(type)));
    }

    /** Consecutive ranges of customer_row, as the desktop splits customers into partitions. */
    static final class CustomerRanges extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final int customers;

        CustomerRanges(int partitions, int customers) {
            this.partitions = partitions;
            this.customers = Math.max(1, customers);
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return (int) Math.min(partitions - 1, (long) (Integer) key * partitions / customers);
        }
    }
}
