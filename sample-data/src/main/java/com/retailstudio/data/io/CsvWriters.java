package com.retailstudio.data.io;

import com.retailstudio.data.model.BasketLine;
import com.retailstudio.data.model.Consent;
import com.retailstudio.data.model.Customer;
import com.retailstudio.data.model.Event;
import com.retailstudio.data.model.Product;
import com.retailstudio.data.model.Store;
import com.retailstudio.data.model.TrafficReading;
import com.retailstudio.data.model.WeeklySale;
import com.retailstudio.data.model.Zone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Opens contract writers, one per data file; each writes the header and then records in contract column order.
 * The caller closes the writer, which closes the underlying {@link Writer}.
 */
public final class CsvWriters {

    private CsvWriters() {
    }

    public static CsvRecordWriter<Customer> customers(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.customers(), out);
    }

    public static CsvRecordWriter<Consent> consents(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.consents(), out);
    }

    public static CsvRecordWriter<Event> events(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.events(), out);
    }

    public static CsvRecordWriter<Product> products(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.products(), out);
    }

    public static CsvRecordWriter<Store> stores(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.stores(), out);
    }

    public static CsvRecordWriter<Zone> zones(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.zones(), out);
    }

    public static CsvRecordWriter<WeeklySale> weeklySales(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.weeklySales(), out);
    }

    public static CsvRecordWriter<BasketLine> basketLines(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.basketLines(), out);
    }

    public static CsvRecordWriter<TrafficReading> footTraffic(Writer out) {
        return new CsvRecordWriter<>(RecordCodecs.trafficReadings(), out);
    }

    /** A UTF-8 writer for {@code file} in {@code folder}, creating the folder if needed. */
    public static Writer open(Path folder, DataFile file) {
        try {
            Files.createDirectories(folder);
            return Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every file of {@code dataSet} into {@code folder}, replacing files of the same names. */
    public static void write(DataSet dataSet, Path folder) {
        try (var w = customers(open(folder, DataFile.CUSTOMERS))) {
            w.writeAll(dataSet.customers());
        }
        try (var w = consents(open(folder, DataFile.CONSENTS))) {
            w.writeAll(dataSet.consents());
        }
        try (var w = events(open(folder, DataFile.EVENTS))) {
            IntStream.range(0, dataSet.events().size()).forEach(row -> w.write(dataSet.events().get(row)));
        }
        try (var w = products(open(folder, DataFile.PRODUCTS))) {
            w.writeAll(dataSet.products());
        }
        try (var w = stores(open(folder, DataFile.STORES))) {
            w.writeAll(dataSet.stores());
        }
        try (var w = zones(open(folder, DataFile.ZONES))) {
            w.writeAll(dataSet.zones());
        }
        try (var w = weeklySales(open(folder, DataFile.SALES_WEEKLY))) {
            w.writeAll(dataSet.weeklySales());
        }
        try (var w = basketLines(open(folder, DataFile.BASKETS))) {
            w.writeAll(dataSet.basketLines());
        }
        try (var w = footTraffic(open(folder, DataFile.FOOT_TRAFFIC))) {
            IntStream.range(0, dataSet.footTraffic().size()).forEach(row -> w.write(dataSet.footTraffic().get(row)));
        }
    }
}
