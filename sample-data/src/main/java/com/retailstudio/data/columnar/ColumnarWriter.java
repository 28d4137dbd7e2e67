package com.retailstudio.data.columnar;

import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSetVisitor;
import com.retailstudio.data.io.Reference;
import com.retailstudio.data.io.ReferenceIndex;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Receives the valid records of a strict scan and writes them as the columnar data set's Parquet files into a folder.
 * Files without customers are written as their rows arrive; consents and events go to one temporary spill file per
 * customer partition and are written, ordered by customer, on up to {@code threads} threads (see {@link PartitionJobs}):
 * helpers start once events.csv is read, while this thread reads the files after it, and this thread joins them in
 * {@link #finish()}. The files are the same whatever the number of threads.
 */
final class ColumnarWriter implements DataSetVisitor, Closeable {

    private static final int PROGRESS_EVERY = 1 << 14;

    private final Path folder;
    private final ReferenceIndex references;
    private final ImportListener listener;
    private final int customersPerPartition;
    private final int threads;
    private final Map<DataFile, ParquetTableWriter> flat = new EnumMap<>(DataFile.class);
    private final Map<DataFile, Long> rows = new EnumMap<>(DataFile.class);
    private final PartitionSpills spills;
    private final List<String> productIds = new ArrayList<>();
    private final List<String> customerIds = new ArrayList<>();
    private PartitionJobs partitionJobs;
    private ParquetTableWriter customerPart;
    private int customerPartition = -1;
    private long customers;
    private long consents;
    private long events;
    private long read;

    ColumnarWriter(Path folder, ReferenceIndex references, int customersPerPartition, int threads,
            ImportListener listener) {
        this.folder = folder;
        this.references = references;
        this.customersPerPartition = customersPerPartition;
        this.threads = threads;
        this.listener = listener;
        try {
            Files.createDirectories(folder.resolve("customers"));
            Files.createDirectories(folder.resolve("consents"));
            Files.createDirectories(folder.resolve("events"));
            spills = new PartitionSpills(folder.resolve(".spill"), customersPerPartition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- files written as they are read ----

    @Override
    public void store(Store store) {
        ParquetTableWriter w = flat(DataFile.STORES);
        w.setString(0, store.storeId());
        w.setString(1, store.name());
        w.setString(2, store.city());
        w.setString(3, store.timezone().getId());
        w.setDouble(4, store.widthM());
        w.setDouble(5, store.depthM());
        w.setString(6, store.priceCluster());
        endRow(w, DataFile.STORES);
    }

    @Override
    public void product(Product product) {
        productIds.add(product.productId());
        ParquetTableWriter w = flat(DataFile.PRODUCTS);
        w.setString(0, product.productId());
        w.setString(1, product.name());
        w.setString(2, product.category());
        w.setDouble(3, product.fullPrice());
        w.setDouble(4, product.unitCost());
        w.setDate(5, product.seasonStart());
        w.setDate(6, product.seasonEnd());
        w.setDouble(7, product.salvageRate());
        w.setInt(8, product.fixtureStock());
        endRow(w, DataFile.PRODUCTS);
    }

    @Override
    public void customer(Customer customer) {
        int row = Math.toIntExact(customers);
        int partition = row / customersPerPartition;
        try {
            if (partition != customerPartition) {
                if (customerPart != null) {
                    customerPart.close();
                }
                customerPart = new ParquetTableWriter(part("customers", partition), ParquetSchemas.of(DataFile.CUSTOMERS));
                customerPartition = partition;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParquetTableWriter w = customerPart;
        w.setString(0, customer.customerId());
        w.setDate(1, customer.signupDate());
        w.setString(2, customer.country());
        w.setString(3, customer.timezone().getId());
        w.setString(4, customer.loyaltyTier().csv());
        w.setString(5, customer.ageBand().csv());
        w.setDouble(6, customer.priceSensitivity());
        w.setString(7, customer.preferredChannel().csv());
        w.setDouble(8, customer.lifetimeValue());
        customer.birthDate().ifPresent(born -> w.setDate(9, born));
        w.setInt(10, row);
        customerIds.add(customer.customerId());
        customers++;
        endRow(w, DataFile.CUSTOMERS);
    }

    @Override
    public void zone(Zone zone) {
        ParquetTableWriter w = flat(DataFile.ZONES);
        w.setString(0, zone.storeId());
        w.setString(1, zone.zoneId());
        w.setString(2, zone.zoneType().csv());
        w.setString(3, zone.category().orElse(null));
        w.setDouble(4, zone.xM());
        w.setDouble(5, zone.yM());
        w.setDouble(6, zone.widthM());
        w.setDouble(7, zone.depthM());
        endRow(w, DataFile.ZONES);
    }

    @Override
    public void weeklySale(WeeklySale sale) {
        ParquetTableWriter w = flat(DataFile.SALES_WEEKLY);
        w.setString(0, sale.storeId());
        w.setString(1, sale.productId());
        w.setDate(2, sale.weekStart());
        w.setDouble(3, sale.price());
        w.setInt(4, sale.unitsSold());
        w.setInt(5, sale.stockStart());
        endRow(w, DataFile.SALES_WEEKLY);
    }

    @Override
    public void basketLine(BasketLine line) {
        ParquetTableWriter w = flat(DataFile.BASKETS);
        w.setString(0, line.transactionId());
        w.setString(1, line.storeId());
        timestamp(w, 2, line.timestamp(), DataFile.BASKETS);
        w.setString(3, line.customerId().orElse(null));
        w.setString(4, line.productId());
        w.setInt(5, line.quantity());
        w.setDouble(6, line.unitPrice());
        endRow(w, DataFile.BASKETS);
    }

    @Override
    public void trafficReading(TrafficReading reading) {
        ParquetTableWriter w = flat(DataFile.FOOT_TRAFFIC);
        w.setString(0, reading.storeId());
        w.setString(1, reading.visitId());
        timestamp(w, 2, reading.timestamp(), DataFile.FOOT_TRAFFIC);
        w.setDouble(3, reading.xM());
        w.setDouble(4, reading.yM());
        endRow(w, DataFile.FOOT_TRAFFIC);
    }

    // ---- files spilled per partition, written by finish() ----

    @Override
    public void consent(Consent consent) {
        try {
            spills.consent(consent, consents, customerRow(consent.customerId()), customers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        consents++;
        counted(DataFile.CONSENTS);
    }

    @Override
    public void event(Event event) {
        int customerRow = customerRow(event.customerId());
        int productRow = event.productId().map(id -> references.indexOf(Reference.PRODUCT, id).orElseThrow())
                .orElse(-1);
        try {
            spills.event(event, events, customerRow, productRow, customers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events++;
        counted(DataFile.EVENTS);
    }

    /** Once events.csv is read every partition's rows are spilled, and helper threads may start writing them. */
    @Override
    public void fileRead(DataFile file) {
        if (file == DataFile.EVENTS) {
            startPartitions();
        }
    }

    private void startPartitions() {
        int partitions = partitions();
        partitionJobs = new PartitionJobs(partitions, threads, (p, written) -> {
            int first = p * customersPerPartition;
            PartitionCustomers ids = new PartitionCustomers(customerIds.subList(first, first + partitionSize(p)), first);
            ConsentPartition.write(spills.consents(p), part("consents", p), ids);
            EventPartition.write(spills.events(p), part("events", p), ids, productIds, written);
        });
    }

    /**
     * Closes the files written as read, then writes the consent and event partitions no helper thread has taken,
     * waits for the helpers and removes the spill files.
     *
     * @return rows per file
     */
    Map<DataFile, Long> finish() throws IOException {
        for (DataFile file : List.of(DataFile.STORES, DataFile.PRODUCTS, DataFile.ZONES, DataFile.SALES_WEEKLY,
                DataFile.BASKETS, DataFile.FOOT_TRAFFIC)) {
            flat(file).close();
            rows.put(file, flat.get(file).rows());
        }
        int partitions = partitions();
        if (customerPart != null) {
            customerPart.close();
            customerPart = null;
        }
        if (customers == 0) {
            new ParquetTableWriter(part("customers", 0), ParquetSchemas.of(DataFile.CUSTOMERS)).close();
        }
        rows.put(DataFile.CUSTOMERS, customers);
        partitionJobs.finish(() -> listener.progress("Writing consents and events, " + partitionJobs.done() + " of "
                + partitions + " partitions written", rowsSoFar()));
        rows.put(DataFile.CONSENTS, consents);
        rows.put(DataFile.EVENTS, events);
        spills.delete();
        return rows;
    }

    int partitions() {
        return Math.max(1, (int) ((customers + customersPerPartition - 1) / customersPerPartition));
    }

    private int partitionSize(int partition) {
        return PartitionSpills.partitionSize(partition, customersPerPartition, customers);
    }

    /** Closes every open file and removes the spill files; what was written stays for the caller to delete. */
    @Override
    public void close() {
        for (ParquetTableWriter writer : flat.values()) {
            closeQuietly(writer);
        }
        closeQuietly(customerPart);
        if (partitionJobs != null) {
            partitionJobs.close();
        }
        try {
            spills.delete();
        } catch (IOException e) {
            // the staging folder that holds them is deleted by the caller
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // closing after a failure: the file is deleted with the staging folder
        }
    }

    static Path part(Path folder, String table, int partition) {
        return folder.resolve(table).resolve(String.format(Locale.ROOT, "part-%05d.parquet", partition));
    }

    private Path part(String table, int partition) {
        return part(folder, table, partition);
    }

    private int customerRow(String customerId) {
        return references.indexOf(Reference.CUSTOMER, customerId).orElseThrow(() -> new IllegalStateException(
                "customer " + customerId + " passed the reference check but has no row number"));
    }

    private ParquetTableWriter flat(DataFile file) {
        return flat.computeIfAbsent(file, f -> {
            try {
                return new ParquetTableWriter(folder.resolve(ParquetSchemas.messageName(f) + ".parquet"),
                        ParquetSchemas.of(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void timestamp(ParquetTableWriter w, int column, Instant at, DataFile file) {
        w.setTimestamp(column, at.getEpochSecond(), at.getNano(), file.fileName(), w.rows());
    }

    private void endRow(ParquetTableWriter w, DataFile file) {
        try {
            w.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counted(file);
    }

    private void counted(DataFile file) {
        if ((++read & (PROGRESS_EVERY - 1)) == 0) {
            listener.progress("Reading " + file.fileName(), rowsSoFar());
        }
    }

    /** Rows read, and rows of consents and events written, so far. */
    long rowsSoFar() {
        return read + (partitionJobs == null ? 0 : partitionJobs.written());
    }
}
