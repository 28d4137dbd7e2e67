package com.retailstudio.data.io;

import com.retailstudio.data.architecture.AllowedInPackageCycle;
import com.retailstudio.data.columnar.ImportedCopies;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a data set folder into memory, or checks it without keeping rows; both stop at the first problem. */
@AllowedInPackageCycle("the columnar package builds on this one; reading an imported data set's Parquet copy is the "
        + "one way back")
public final class DataSetLoader {

    private DataSetLoader() {
    }

    /**
     * Reads every file of the folder, checking each row and every reference between files. A workspace's copy of a
     * data set that was imported (docs/data-format.md, "Columnar data set") is read from its Parquet files instead,
     * checked when it was imported, while the CSV files are unchanged since: the same records, in a fraction of the
     * time ({@code ColumnarRoundTripTest}), so every section opens an imported data set quickly.
     *
     * @throws DataFormatException at the first problem, naming file, line, column and reason
     */
    public static DataSet load(Path folder) {
        // The columnar package builds on this one (its import is a strict scan); this is the one way back.
        var imported = ImportedCopies.beside(folder);
        if (imported.isPresent()) {
            return imported.get().load();
        }
        return loadCsv(folder);
    }

    /** Reads the CSV files, whatever copy exists beside them. */
    public static DataSet loadCsv(Path folder) {
        ReferenceIndex references = ReferenceIndex.empty();
        Collector collector = new Collector(references);
        DataSetScanner.scan(folder, ProblemSink.failFast(), collector, references);
        return collector.toDataSet();
    }

    /**
     * Checks the folder as {@link #load} does but keeps no rows, so memory grows only with the number of ids and keys.
     *
     * @throws DataFormatException at the first problem
     */
    public static void validate(Path folder) {
        DataSetScanner.scan(folder, ProblemSink.failFast(), new DataSetVisitor() { });
    }

    /** Keeps every record; events and readings wait in lists until their columnar tables can be built with id indexes. */
    private static final class Collector implements DataSetVisitor {
        private final List<Customer> customers = new ArrayList<>();
        private final List<Consent> consents = new ArrayList<>();
        private final List<Product> products = new ArrayList<>();
        private final List<Store> stores = new ArrayList<>();
        private final List<Zone> zones = new ArrayList<>();
        private final List<WeeklySale> weeklySales = new ArrayList<>();
        private final List<BasketLine> basketLines = new ArrayList<>();
        private EventTable.Builder events;
        private TrafficTable.Builder footTraffic;
        private final ReferenceIndex references;

        Collector(ReferenceIndex references) {
            this.references = references;
        }

        @Override
        public void store(Store store) {
            stores.add(store);
        }

        @Override
        public void product(Product product) {
            products.add(product);
        }

        @Override
        public void customer(Customer customer) {
            customers.add(customer);
        }

        @Override
        public void zone(Zone zone) {
            zones.add(zone);
        }

        @Override
        public void consent(Consent consent) {
            consents.add(consent);
        }

        @Override
        public void event(Event event) {
            if (events == null) {
                events = EventTable.builder(customers.stream().map(Customer::customerId).toList(),
                        products.stream().map(Product::productId).toList());
            }
            // Ids were registered in list order, so their index numbers are list positions.
            events.add(event, indexOf(customers.size(), event.customerId(), Reference.CUSTOMER),
                    event.productId().map(id -> indexOf(products.size(), id, Reference.PRODUCT)).orElse(-1));
        }

        @Override
        public void weeklySale(WeeklySale sale) {
            weeklySales.add(sale);
        }

        @Override
        public void basketLine(BasketLine line) {
            basketLines.add(line);
        }

        @Override
        public void trafficReading(TrafficReading reading) {
            if (footTraffic == null) {
                footTraffic = TrafficTable.builder(stores.stream().map(Store::storeId).toList());
            }
            footTraffic.add(reading, indexOf(stores.size(), reading.storeId(), Reference.STORE));
        }

        private int indexOf(int count, String id, Reference entity) {
            return references.indexOf(entity, id).orElseThrow(() -> new IllegalStateException(entity.noun() + " " + id
                    + " passed the reference check but is not indexed among " + count));
        }

        DataSet toDataSet() {
            EventTable eventTable = events != null ? events.build()
                    : EventTable.builder(List.of(), List.of()).build();
            TrafficTable trafficTable = footTraffic != null ? footTraffic.build() : TrafficTable.builder(List.of()).build();
            return new DataSet(customers, consents, eventTable, products, stores, zones, weeklySales, basketLines, trafficTable);
        }
    }
}
