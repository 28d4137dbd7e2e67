package com.retailstudio.simulator.ui;

import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.simulator.engine.CustomerData;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a run from the Simulation section reads of the active data set's folder: the customers for the desktop
 * engine, and the folder Spark reads. The application reads the folder's imported columnar copy where the workspace
 * has one (a million customers in seconds instead of minutes of CSV); {@link #CSV_FILES} reads the CSV files.
 */
public interface SimulationData {

    /** The CSV files with the strict loader, Spark's driver reading them too. */
    SimulationData CSV_FILES = folder -> CustomerData.of(DataSetLoader.load(folder));

    /** The customers, their granted purposes and their events, as the desktop engine reads them. */
    CustomerData customers(Path folder);

    /** What a Spark run is given as {@code --data}: the CSV folder, or a columnar copy its executors read. */
    default Path sparkSource(Path folder) {
        return folder;
    }

    /** Reads with the two functions given. */
    static SimulationData of(Function<Path, CustomerData> customers, UnaryOperator<Path> sparkSource) {
        return new SimulationData() {
            @Override
            public CustomerData customers(Path folder) {
                return customers.apply(folder);
            }

            @Override
            public Path sparkSource(Path folder) {
                return sparkSource.apply(folder);
            }
        };
    }
}
