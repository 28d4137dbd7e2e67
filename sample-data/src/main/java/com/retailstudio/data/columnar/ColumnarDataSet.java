package com.retailstudio.data.columnar;

import com.retailstudio.data.io.CustomerEvents;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSet;
import com.retailstudio.data.io.EventTable;
import com.retailstudio.data.io.TrafficTable;
import com.retailstudio.data.model.AgeBand;
import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Channel;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.ConsentPurpose;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.EventType;
import com.retailstudio.data.model.LoyaltyTier;
import com.retailstudio.data.model.MessageKind;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import com.retailstudio.data.model.ZoneType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.parquet.io.api.Binary;

/**
 * An imported columnar data set (docs/data-format.md, "Columnar data set"), read file by file and column by column:
 * each method reads only its own file and only the columns its records need, and gives the same records, in the same
 * order, as {@code DataSetLoader} gives from the CSV folder it was imported from.
 */
public final class ColumnarDataSet {

    private final Path folder;
    private final ColumnarManifest manifest;

    ColumnarDataSet(Path folder, ColumnarManifest manifest) {
        this.folder = folder;
        this.manifest = manifest;
    }

    /** Opens a columnar data set folder (one with a {@code manifest.json}). */
    public static ColumnarDataSet open(Path folder) throws IOException {
        return new ColumnarDataSet(folder, ColumnarManifest.read(folder));
    }

    public Path folder() {
        return folder;
    }

    public ColumnarManifest manifest() {
        return manifest;
    }

    /** Every file, event ids included: the whole data set as {@code DataSetLoader.load} gives it. */
    public DataSet load() {
        return load(EnumSet.allOf(DataFile.class), true);
    }

    /**
     * Only the named files; the others are empty in the result. Events need customers (and products, for their
     * product ids), foot traffic needs stores; those are read when asked for or when needed.
     *
     * @param eventIds whether to read {@code event_id} (21 million strings at a million customers); without it
     *                 {@link EventTable#eventId(int)} is null
     */
    public DataSet load(Set<DataFile> files, boolean eventIds) {
        boolean events = files.contains(DataFile.EVENTS);
        boolean traffic = files.contains(DataFile.FOOT_TRAFFIC);
        List<Store> stores = files.contains(DataFile.STORES) || traffic ? stores() : List.of();
        List<Product> products = files.contains(DataFile.PRODUCTS) || events ? products() : List.of();
        List<Customer> customers = files.contains(DataFile.CUSTOMERS) || events ? customers() : List.of();
        return new DataSet(
                files.contains(DataFile.CUSTOMERS) || events ? customers : List.of(),
                files.contains(DataFile.CONSENTS) ? consents() : List.of(),
                events ? events(customers.stream().map(Customer::customerId).toList(),
                        products.stream().map(Product::productId).toList(), eventIds)
                        : EventTable.builder(List.of(), List.of()).build(),
                files.contains(DataFile.PRODUCTS) || events ? products : List.of(),
                files.contains(DataFile.STORES) || traffic ? stores : List.of(),
                files.contains(DataFile.ZONES) ? zones() : List.of(),
                files.contains(DataFile.SALES_WEEKLY) ? weeklySales() : List.of(),
                files.contains(DataFile.BASKETS) ? basketLines() : List.of(),
                traffic ? footTraffic(stores.stream().map(Store::storeId).toList())
                        : TrafficTable.builder(List.of()).build());
    }

    public List<Store> stores() {
        List<Store> stores = new ArrayList<>();
        ZoneIds zones = new ZoneIds();
        read(flat(DataFile.STORES), DataFile.STORES.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                stores.add(new Store(c[0].string(), c[1].string(), c[2].string(), zones.of(c[3].string()),
                        c[4].float64(), c[5].float64(), c[6].string()));
            }
        });
        return stores;
    }

    public List<Product> products() {
        List<Product> products = new ArrayList<>();
        read(flat(DataFile.PRODUCTS), DataFile.PRODUCTS.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                products.add(new Product(c[0].string(), c[1].string(), c[2].string(), c[3].float64(), c[4].float64(),
                        c[5].date(), c[6].date(), c[7].float64(), c[8].int32()));
            }
        });
        return products;
    }

    /** Customers in customers.csv order, partitions read in parallel. */
    public List<Customer> customers() {
        var tiers = new ParquetTableReader.Codes<>(LoyaltyTier.class, "loyalty_tier");
        var bands = new ParquetTableReader.Codes<>(AgeBand.class, "age_band");
        var channels = new ParquetTableReader.Codes<>(Channel.class, "preferred_channel");
        List<List<Customer>> parts = partitions().mapToObj(p -> {
            List<Customer> customers = new ArrayList<>();
            ZoneIds zones = new ZoneIds();
            Map<String, String> countries = new HashMap<>();
            read(ColumnarWriter.part(folder, "customers", p), DataFile.CUSTOMERS.columnNames(), (c, rows) -> {
                for (long r = 0; r < rows; r++) {
                    customers.add(new Customer(c[0].string(), c[1].date(),
                            countries.computeIfAbsent(c[2].string(), s -> s), zones.of(c[3].string()),
                            c[4].code(tiers), c[5].code(bands), c[6].float64(), c[7].code(channels), c[8].float64(),
                            c[9].optionalDate()));
                }
            });
            return customers;
        }).toList();
        List<Customer> all = new ArrayList<>((int) manifest.rows("customers"));
        parts.forEach(all::addAll);
        return all;
    }

    /** The partition numbers, in parallel: each partition's rows land at their own positions. */
    private IntStream partitions() {
        return IntStream.range(0, manifest.partitions()).parallel();
    }

    /** Consents in consents.csv order (put back by {@code file_row}). */
    public List<Consent> consents() {
        Consent[] consents = new Consent[Math.toIntExact(manifest.rows("consents"))];
        var purposes = new ParquetTableReader.Codes<>(ConsentPurpose.class, "purpose");
        List<String> columns = new ArrayList<>(DataFile.CONSENTS.columnNames());
        columns.add(ParquetSchemas.FILE_ROW);
        partitions().forEach(p -> read(ColumnarWriter.part(folder, "consents", p), columns, (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                Consent consent = new Consent(c[0].string(), c[1].code(purposes), c[2].bool(), c[3].timestamp());
                consents[Math.toIntExact(c[4].int64())] = consent;
            }
        }));
        return Arrays.asList(consents);
    }

    /**
     * The purposes each customer granted, as bits ({@code 1 << ConsentPurpose.ordinal()}), one int per customer in
     * customers.csv order: only {@code customer_row}, {@code purpose} and {@code granted} are read, no record is built.
     */
    public int[] grantedConsentBits() {
        int[] bits = new int[Math.toIntExact(manifest.rows("customers"))];
        var purposes = new ParquetTableReader.Codes<>(ConsentPurpose.class, "purpose");
        // partitions hold disjoint customers, so their rows never touch the same int
        partitions().forEach(p -> read(ColumnarWriter.part(folder, "consents", p),
                List.of(ParquetSchemas.CUSTOMER_ROW, "purpose", "granted"), (c, rows) -> {
                    for (long r = 0; r < rows; r++) {
                        int customer = c[0].int32();
                        ConsentPurpose purpose = c[1].code(purposes);
                        if (c[2].bool()) {
                            bits[customer] |= 1 << purpose.ordinal();
                        }
                    }
                }));
        return bits;
    }

    /**
     * Events in events.csv (time) order, put back by {@code file_row}, reading the partitions in parallel and only the
     * columns the table holds; customers and products as row numbers, so no id is looked up.
     */
    public EventTable events(List<String> customerIds, List<String> productIds, boolean withEventIds) {
        int n = Math.toIntExact(manifest.rows("events"));
        String[] eventId = withEventIds ? new String[n] : null;
        long[] second = new long[n];
        int[] nano = new int[n];
        int[] customer = new int[n];
        byte[] type = new byte[n];
        byte[] channel = new byte[n];
        byte[] kind = new byte[n];
        String[] messageId = new String[n];
        int[] product = new int[n];
        double[] value = new double[n];
        var types = new ParquetTableReader.Codes<>(EventType.class, "event_type");
        var channels = new ParquetTableReader.Codes<>(Channel.class, "channel");
        var kinds = new ParquetTableReader.Codes<>(MessageKind.class, "message_kind");
        List<String> columns = new ArrayList<>(List.of("timestamp", "event_type", "channel", "message_kind",
                "message_id", ParquetSchemas.PRODUCT_ROW, "value", ParquetSchemas.CUSTOMER_ROW, ParquetSchemas.FILE_ROW));
        if (withEventIds) {
            columns.add("event_id");
        }
        partitions().forEach(p -> {
            // A send's id comes back in its responses and attributed purchase, all of one customer and so of one
            // partition: one String per message instead of one per event keeps a million customers in a 2 GB heap.
            Map<String, String> messageIds = new HashMap<>();
            read(ColumnarWriter.part(folder, "events", p), columns, (c, rows) -> {
                for (long r = 0; r < rows; r++) {
                    long micros = c[0].int64();
                    EventType t = c[1].code(types);
                    Channel ch = c[2].code(channels);
                    MessageKind k = c[3].code(kinds);
                    String read = c[4].string();
                    String message = read == null ? null : messageIds.computeIfAbsent(read, id -> id);
                    int productRow = c[5].int32(-1);
                    double v = c[6].float64OrNaN();
                    int customerRow = c[7].int32();
                    int at = Math.toIntExact(c[8].int64());
                    second[at] = Math.floorDiv(micros, 1_000_000L);
                    nano[at] = (int) Math.floorMod(micros, 1_000_000L) * 1000;
                    type[at] = (byte) t.ordinal();
                    channel[at] = (byte) ch.ordinal();
                    kind[at] = (byte) (k == null ? -1 : k.ordinal());
                    messageId[at] = message;
                    product[at] = productRow;
                    value[at] = v;
                    customer[at] = customerRow;
                    if (eventId != null) {
                        eventId[at] = c[9].string();
                    }
                }
            });
        });
        return EventTable.ofColumns(customerIds, productIds, eventId, second, nano, customer, type, channel, kind,
                messageId, product, value);
    }

    /**
     * The events grouped by customer as the simulator reads them ({@link CustomerEvents}), straight from the
     * partitions: no event table, no record and no message-id String is built, so a million customers' 21.6 million
     * events take about 27 bytes each. Product indexes point into {@code productIds} (products.csv order).
     */
    public CustomerEvents customerEvents(List<String> productIds) {
        Path[] parts = new Path[manifest.partitions()];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = ColumnarWriter.part(folder, "events", p);
        }
        return CustomerEventReader.read(parts, Math.toIntExact(manifest.rows("customers")), productIds);
    }

    public List<Zone> zones() {
        List<Zone> zones = new ArrayList<>();
        var types = new ParquetTableReader.Codes<>(ZoneType.class, "zone_type");
        read(flat(DataFile.ZONES), DataFile.ZONES.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                zones.add(new Zone(c[0].string(), c[1].string(), c[2].code(types), Optional.ofNullable(c[3].string()),
                        c[4].float64(), c[5].float64(), c[6].float64(), c[7].float64()));
            }
        });
        return zones;
    }

    public List<WeeklySale> weeklySales() {
        List<WeeklySale> sales = new ArrayList<>(Math.toIntExact(manifest.rows("sales_weekly")));
        Map<String, String> ids = new HashMap<>();
        read(flat(DataFile.SALES_WEEKLY), DataFile.SALES_WEEKLY.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                sales.add(new WeeklySale(ids.computeIfAbsent(c[0].string(), s -> s),
                        ids.computeIfAbsent(c[1].string(), s -> s), c[2].date(), c[3].float64(), c[4].int32(),
                        c[5].int32()));
            }
        });
        return sales;
    }

    public List<BasketLine> basketLines() {
        List<BasketLine> lines = new ArrayList<>(Math.toIntExact(manifest.rows("baskets")));
        read(flat(DataFile.BASKETS), DataFile.BASKETS.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                lines.add(new BasketLine(c[0].string(), c[1].string(), c[2].timestamp(),
                        Optional.ofNullable(c[3].string()), c[4].string(), c[5].int32(), c[6].float64()));
            }
        });
        return lines;
    }

    /** Foot traffic in file order; store indexes point into {@code storeIds}. */
    public TrafficTable footTraffic(List<String> storeIds) {
        Map<String, Integer> storeIndex = new HashMap<>();
        for (int i = 0; i < storeIds.size(); i++) {
            storeIndex.put(storeIds.get(i), i);
        }
        TrafficTable.Builder table = TrafficTable.builder(storeIds);
        read(flat(DataFile.FOOT_TRAFFIC), DataFile.FOOT_TRAFFIC.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                String store = c[0].string();
                Integer index = storeIndex.get(store);
                if (index == null) {
                    throw new IllegalStateException("foot_traffic.parquet names store " + store
                            + ", which stores.parquet does not define");
                }
                TrafficReading reading = new TrafficReading(store, c[1].string(), c[2].timestamp(), c[3].float64(),
                        c[4].float64());
                table.add(reading, index);
            }
        });
        return table.build();
    }

    /**
     * The baskets of one store, in file order; the other stores' rows are skipped without building their values
     * (store_id is read first, compared as bytes).
     */
    public void forEachBasketLine(String storeId, Consumer<BasketLine> consumer) {
        Binary store = Binary.fromString(storeId);
        read(flat(DataFile.BASKETS), DataFile.BASKETS.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                // the columns are read independently: the store first, so other stores' rows make no String
                if (!c[1].is(store)) {
                    c[0].skip();
                    for (int i = 2; i < c.length; i++) {
                        c[i].skip();
                    }
                    continue;
                }
                String transaction = c[0].string();
                consumer.accept(new BasketLine(transaction, storeId, c[2].timestamp(),
                        Optional.ofNullable(c[3].string()), c[4].string(), c[5].int32(), c[6].float64()));
            }
        });
    }

    /** The foot-traffic readings of one store, in file order; the other stores' rows are skipped. */
    public void forEachTrafficReading(String storeId, Consumer<TrafficReading> consumer) {
        Binary store = Binary.fromString(storeId);
        read(flat(DataFile.FOOT_TRAFFIC), DataFile.FOOT_TRAFFIC.columnNames(), (c, rows) -> {
            for (long r = 0; r < rows; r++) {
                if (!c[0].is(store)) {
                    for (int i = 1; i < c.length; i++) {
                        c[i].skip();
                    }
                    continue;
                }
                consumer.accept(new TrafficReading(storeId, c[1].string(), c[2].timestamp(), c[3].float64(),
                        c[4].float64()));
            }
        });
    }

    private Path flat(DataFile file) {
        return folder.resolve(ParquetSchemas.messageName(file) + ".parquet");
    }

    /** Reads the columns of a file group by group; the body reads {@code rows} values from every column. */
    static void read(Path file, List<String> columns, GroupBody body) {
        try (ParquetTableReader reader = new ParquetTableReader(file, columns)) {
            ParquetTableReader.Column[] c = new ParquetTableReader.Column[columns.size()];
            while (reader.nextGroup()) {
                for (int i = 0; i < c.length; i++) {
                    c[i] = reader.column(i);
                }
                body.read(c, reader.groupRows());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface GroupBody {
        void read(ParquetTableReader.Column[] columns, long rows);
    }

    /** Time zone ids parsed once each. */
    private static final class ZoneIds {
        private final Map<String, ZoneId> known = new HashMap<>();

        ZoneId of(String id) {
            return known.computeIfAbsent(id, ZoneId::of);
        }
    }

    /** For messages: when the copy was made. */
    public Instant importedAt() {
        return Instant.parse(manifest.importedAt());
    }
}
