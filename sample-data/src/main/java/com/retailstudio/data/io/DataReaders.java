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
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Strict streaming readers, one per data file. Each returns a lazy {@link Stream} that holds one row at a time;
 * close it (try-with-resources) to close the file. The first row that breaks the contract, including a duplicate key,
 * ends the stream with a {@link DataFormatException}. References to other files are checked only against what the
 * given {@link ReferenceIndex} has loaded; {@link DataSetLoader} reads a whole folder with all references checked.
 */
public final class DataReaders {

    private DataReaders() {
    }

    public static Stream<Customer> customers(Path file) {
        return read(file, RecordCodecs.customers(), ReferenceIndex.empty());
    }

    public static Stream<Consent> consents(Path file) {
        return consents(file, ReferenceIndex.empty());
    }

    public static Stream<Consent> consents(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.consents(), references);
    }

    public static Stream<Event> events(Path file) {
        return events(file, ReferenceIndex.empty());
    }

    public static Stream<Event> events(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.events(), references);
    }

    public static Stream<Product> products(Path file) {
        return read(file, RecordCodecs.products(), ReferenceIndex.empty());
    }

    public static Stream<Store> stores(Path file) {
        return read(file, RecordCodecs.stores(), ReferenceIndex.empty());
    }

    public static Stream<Zone> zones(Path file) {
        return zones(file, ReferenceIndex.empty());
    }

    public static Stream<Zone> zones(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.zones(), references);
    }

    public static Stream<WeeklySale> weeklySales(Path file) {
        return weeklySales(file, ReferenceIndex.empty());
    }

    public static Stream<WeeklySale> weeklySales(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.weeklySales(), references);
    }

    public static Stream<BasketLine> basketLines(Path file) {
        return basketLines(file, ReferenceIndex.empty());
    }

    public static Stream<BasketLine> basketLines(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.basketLines(), references);
    }

    public static Stream<TrafficReading> footTraffic(Path file) {
        return footTraffic(file, ReferenceIndex.empty());
    }

    public static Stream<TrafficReading> footTraffic(Path file, ReferenceIndex references) {
        return read(file, RecordCodecs.trafficReadings(), references);
    }

    private static <T> Stream<T> read(Path file, RecordCodec<T> codec, ReferenceIndex references) {
        return FileScan.open(file, codec, references, ProblemSink.failFast()).stream();
    }
}
