package com.retailstudio.simulator.spark;

import com.retailstudio.simulator.engine.CustomerData;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Where a Spark run's customers come from. The driver needs every customer once, to fit the response model exactly
 * as the desktop does and to learn the data's horizon; the tasks need the customers split so that each customer,
 * with all of their consents and events, is in exactly one partition. Which customers share a partition does not
 * change the report (the merge is exact and order-free), so a source may split them any way it likes.
 */
public interface CustomerSource {

    /** A name for messages and the run's summary (a folder, a URI). */
    String describe();

    /** Every customer, on the driver. */
    CustomerData loadOnDriver();

    /** The same customers as {@code partitions} Spark partitions (called after {@link #loadOnDriver()}). */
    JavaRDD<CustomerSlice> partitions(JavaSparkContext spark, int partitions);
}
