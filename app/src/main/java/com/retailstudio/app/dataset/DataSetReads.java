package com.retailstudio.app.dataset;

import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.CustomerEvents;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.DataSetLoader;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.layout.engine.LayoutData;
import com.retailstudio.layout.io.LayoutDataReader;
import com.retailstudio.simulator.engine.AudienceData;
import com.retailstudio.simulator.engine.CustomerData;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What each section and command reads of a data set folder: only the columns it uses, from the folder's imported
 * columnar copy when the workspace holds one of exactly these files (checked by size and time stamp, see
 * {@link ColumnarDataSet#find}), otherwise the CSV folder with the strict readers. One place, so the desktop
 * sections and the command-line jobs read a data set the same way.
 */
public final class DataSetReads {

    private final Path datasets;

    /** @param datasets the workspace's folder of imported copies */
    public DataSetReads(Path datasets) {
        this.datasets = datasets;
    }

    /** Reads through the copies imported into {@code workspace}. */
    public static DataSetReads of(Workspace workspace) {
        return new DataSetReads(workspace.directory().resolve(DataSetImporter.DATASETS_FOLDER));
    }

    /** The imported copy of exactly the files in {@code folder}, if the workspace holds one. */
    public Optional<ColumnarDataSet> copyOf(Path folder) {
        return ColumnarCopies.find(datasets, folder);
    }

    /** What markdown planning uses: stores, products and weekly sales. */
    public DataSet salesHistory(Path folder) {
        return copyOf(folder).map(DataSetReads::salesHistory).orElseGet(() -> DataSetLoader.load(folder));
    }

    /** What layout analytics uses; from a copy, each store's baskets and readings when that store is first shown. */
    public LayoutData layouts(Path folder) {
        return copyOf(folder).map(DataSetReads::layouts).orElseGet(() -> LayoutDataReader.read(folder));
    }

    /** What the simulator reads (customers, granted purposes, events); from the copy, only those columns. */
    public CustomerData customers(Path folder) {
        return copyOf(folder).map(DataSetReads::customers).orElseGet(() -> CustomerData.of(DataSetLoader.load(folder)));
    }

    /** What a segment's count reads: the simulator's customer columns, the stores, and the baskets (home stores). */
    public AudienceData audience(Path folder) {
        return copyOf(folder).map(copy -> AudienceData.of(customers(copy),
                        copy.stores().stream().map(Store::storeId).toList(), copy.basketLines()))
                .orElseGet(() -> AudienceData.of(DataSetLoader.load(folder)));
    }

    /** What Spark is given to read: the imported copy's folder (its executors read their own rows), else the CSV. */
    public Path sparkSource(Path folder) {
        return copyOf(folder).map(ColumnarDataSet::folder).orElse(folder);
    }

    /** Stores, products and weekly sales of an imported copy. */
    public static DataSet salesHistory(ColumnarDataSet copy) {
        return copy.load(EnumSet.of(DataFile.STORES, DataFile.PRODUCTS, DataFile.SALES_WEEKLY), false);
    }

    /** Stores, zones and products of an imported copy; a store's baskets and readings are read when first asked. */
    public static LayoutData layouts(ColumnarDataSet copy) {
        return LayoutDataReader.perStore(copy.stores(), copy.zones(), copy.products(), copy::forEachBasketLine,
                copy::forEachTrafficReading);
    }

    /**
     * Only what the simulator reads: customers, the purposes each granted (as bits, not six consent records per
     * customer) and the events already grouped by customer as compact columns (no event table, no message-id
     * String), which keeps a million customers in a 2 GB heap.
     */
    public static CustomerData customers(ColumnarDataSet copy) {
        CustomerEvents events = copy.customerEvents(copy.products().stream().map(Product::productId).toList());
        return CustomerData.of(copy.customers(), copy.grantedConsentBits(), events);
    }
}
