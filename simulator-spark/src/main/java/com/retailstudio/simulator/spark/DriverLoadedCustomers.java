package com.retailstudio.simulator.spark;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.simulator.engine.CustomerData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The customers of a data set folder (docs/data-format.md), read on the driver by the desktop's own strict loader and
 * handed to Spark as consecutive ranges of customers, one slice per partition, as the desktop splits them. The driver
 * holds the whole data set (it must anyway, to fit the response model); the executors hold only their slices.
 */
public final class DriverLoadedCustomers implements CustomerSource {
    private final Path folder;
    private CustomerData data;

    public DriverLoadedCustomers(Path folder) {
        this.folder = folder;
    }

    /** Customers already loaded (a data set generated or read by the caller). */
    public static DriverLoadedCustomers of(CustomerData data) {
        DriverLoadedCustomers source = new DriverLoadedCustomers(null);
        source.data = data;
        return source;
    }

    @Override
    public String describe() {
        return folder == null ? "customers in memory" : folder.toString();
    }

    @Override
    public CustomerData loadOnDriver() {
        if (data == null) {
            data = CustomerData.of(DataSetLoader.load(folder));
        }
        return data;
    }

    @Override
    public JavaRDD<CustomerSlice> partitions(JavaSparkContext spark, int partitions) {
        CustomerData all = loadOnDriver();
        return spark.parallelize(slices(all, partitions), partitions);
    }

    /** Consecutive ranges of customers, as {@code Simulator.run} splits them on the desktop. */
    static List<CustomerSlice> slices(CustomerData data, int partitions) {
        int n = data.size();
        List<CustomerSlice> slices = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            slices.add(CustomerSlice.of(data, (int) ((long) n * p / partitions), (int) ((long) n * (p + 1) / partitions)));
        }
        return slices;
    }
}
