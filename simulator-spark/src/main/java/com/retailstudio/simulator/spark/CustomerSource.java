package com.retailstudio.simulator.spark;

import com.retailstudio.simulator.engine.CustomerData;
import com.retailstudio.simulator.engine.ResponseModel;
import com.retailstudio.simulator.engine.ResponseModelFitter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Where a Spark run's customers come from. The response model is fitted once, exactly as the desktop fits it (on the
 * driver from every customer, unless a source counts on the executors); the driver learns the data's sizes and
 * horizon ({@link #extent()}); the tasks need the customers split so that each customer,
 * with all of their consents and events, is in exactly one partition. Which customers share a partition does not
 * change the report (the merge is exact and order-free), so a source may split them any way it likes.
 */
public interface CustomerSource {

    /** A name for messages and the run's summary (a folder, a URI). */
    String describe();

    /** Every customer, on the driver. */
    CustomerData loadOnDriver();

    /**
     * What the driver needs to know of the whole data set besides the model: its sizes and horizon (the first and
     * last event in file order, as {@link CustomerData#horizonStart()} has it); by default from
     * {@link #loadOnDriver()}.
     */
    default Extent extent() {
        CustomerData all = loadOnDriver();
        return new Extent(all.size(), all.eventCount(), all.horizonStart(), all.horizonEnd());
    }

    /** A data set's customers and events counted, and the epoch seconds of its first and last event in file order. */
    record Extent(long customers, long events, long horizonStart, long horizonEnd) {
    }

    /**
     * The response model of every customer, bit for bit the desktop's; by default the desktop's fitter on the driver
     * over {@link #loadOnDriver()}. {@code slices} are this source's {@link #partitions}, which the run simulates
     * afterwards: a source that counts on the executors reads them, so that they are read once when they are kept.
     */
    default ResponseModel fitModel(JavaSparkContext spark, JavaRDD<CustomerSlice> slices) {
        return ResponseModelFitter.fit(loadOnDriver());
    }

    /** {@link #fitModel(JavaSparkContext, JavaRDD)} over this source's own {@code partitions}. */
    default ResponseModel fitModel(JavaSparkContext spark, int partitions) {
        return fitModel(spark, partitions(spark, partitions));
    }

    /** Whether {@link #fitModel} reads the slices (then the run keeps them for the simulate stage). */
    default boolean fitsFromSlices() {
        return false;
    }

    /** The same customers as {@code partitions} Spark partitions. */
    JavaRDD<CustomerSlice> partitions(JavaSparkContext spark, int partitions);
}
