package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a data set's customers, consents and events as docs/data-format.md's "Columnar data set" lays them out
 * (contract columns in CSV spelling, plus customer_row, product_row and file_row; timestamps as microseconds, no
 * compression), with Spark's Parquet writer and the rows of each table spread over several files in no particular
 * order, so the reader must order them itself. A stand-in for the import's own writer (issue 17) in the tests.
 */
final class ColumnarFixture {
    private ColumnarFixture() {
    }

    static void write(SparkSession spark, DataSet data, Path folder) {
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        Map<String, Integer> customerRow = new HashMap<>();
        List<Row> customers = new ArrayList<>();
        for (Customer c : data.customers()) {
            customerRow.put(c.customerId(), customers.size());
            customers.add(RowFactory.create(c.customerId(), c.signupDate(), c.country(), c.timezone().getId(),
                    c.loyaltyTier().csv(), c.ageBand().csv(), c.priceSensitivity(), c.preferredChannel().csv(),
                    c.lifetimeValue(), customers.size()));
        }
        write(spark, customers, new StructType().add("customer_id", DataTypes.StringType, false)
                .add("signup_date", DataTypes.DateType, false).add("country", DataTypes.StringType, false)
                .add("timezone", DataTypes.StringType, false).add("loyalty_tier", DataTypes.StringType, false)
                .add("age_band", DataTypes.StringType, false).add("price_sensitivity", DataTypes.DoubleType, false)
                .add("preferred_channel", DataTypes.StringType, false)
                .add("lifetime_value", DataTypes.DoubleType, false).add("customer_row", DataTypes.IntegerType, false),
                folder.resolve("customers"));
        List<Row> consents = new ArrayList<>();
        for (Consent c : data.consents()) {
            consents.add(RowFactory.create(c.customerId(), c.purpose().csv(), c.granted(), c.updatedAt(),
                    customerRow.get(c.customerId()), (long) consents.size()));
        }
        write(spark, consents, new StructType().add("customer_id", DataTypes.StringType, false)
                .add("purpose", DataTypes.StringType, false).add("granted", DataTypes.BooleanType, false)
                .add("updated_at", DataTypes.TimestampType, false).add("customer_row", DataTypes.IntegerType, false)
                .add("file_row", DataTypes.LongType, false), folder.resolve("consents"));
        EventTable e = data.events();
        List<Row> events = new ArrayList<>();
        for (int r = 0; r < e.size(); r++) {
            events.add(RowFactory.create(e.eventId(r), e.timestamp(r), e.customerId(r), e.eventType(r).csv(),
                    e.channel(r).csv(), e.messageKind(r).map(k -> k.csv()).orElse(null), e.messageId(r).orElse(null),
                    e.productId(r).orElse(null), e.value(r).isPresent() ? e.value(r).getAsDouble() : null,
                    e.customerIndex(r), e.productIndex(r) < 0 ? null : e.productIndex(r), (long) r));
        }
        write(spark, events, new StructType().add("event_id", DataTypes.StringType, false)
                .add("timestamp", DataTypes.TimestampType, false).add("customer_id", DataTypes.StringType, false)
                .add("event_type", DataTypes.StringType, false).add("channel", DataTypes.StringType, false)
                .add("message_kind", DataTypes.StringType, true).add("message_id", DataTypes.StringType, true)
                .add("product_id", DataTypes.StringType, true).add("value", DataTypes.DoubleType, true)
                .add("customer_row", DataTypes.IntegerType, false).add("product_row", DataTypes.IntegerType, true)
                .add("file_row", DataTypes.LongType, false), folder.resolve("events"));
    }

    private static void write(SparkSession spark, List<Row> rows, StructType schema, Path folder) {
        spark.createDataFrame(rows, schema).repartition(3).write().option("compression", "none")
                .parquet(folder.toString());
    }
}
