package com.retailstudio.data.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads every file of a data set folder in reference order (stores, products and customers before the files that
 * refer to them), checking each row and the references between files, streaming valid records to a visitor and
 * problems to a sink. Loading, strict validation and the quality report are all built on this one pass.
 */
public final class DataSetScanner {

    /** The order files are read in: every referenced file before the files that refer to it. */
    public static final List<DataFile> FILE_ORDER = List.of(
            DataFile.STORES, DataFile.PRODUCTS, DataFile.CUSTOMERS, DataFile.ZONES, DataFile.CONSENTS,
            DataFile.EVENTS, DataFile.SALES_WEEKLY, DataFile.BASKETS, DataFile.FOOT_TRAFFIC);

    /**
     * What the scan saw: per-file statistics and the ids that other files may refer to.
     *
     * @param files      statistics per file, in {@link #FILE_ORDER}
     * @param references customer, product and store ids in the order they were read
     */
    public record Result(Map<DataFile, FileStats> files, ReferenceIndex references) {

        public Result {
            files = Collections.unmodifiableMap(new EnumMap<>(files));
        }
    }

    private DataSetScanner() {
    }

    public static Result scan(Path folder, ProblemSink sink, DataSetVisitor visitor) {
        return scan(folder, sink, visitor, ReferenceIndex.empty());
    }

    /** Scans into the given index, which the visitor may consult for id numbers while records arrive. */
    public static Result scan(Path folder, ProblemSink sink, DataSetVisitor visitor, ReferenceIndex references) {
        Map<DataFile, FileStats> stats = new EnumMap<>(DataFile.class);
        stats.put(DataFile.STORES, read(folder, RecordCodecs.stores(), references, sink, visitor, store -> {
            references.addStore(store);
            visitor.store(store);
        }));
        markLoaded(references, Reference.STORE, stats.get(DataFile.STORES));
        stats.put(DataFile.PRODUCTS, read(folder, RecordCodecs.products(), references, sink, visitor, product -> {
            references.add(Reference.PRODUCT, product.productId());
            visitor.product(product);
        }));
        markLoaded(references, Reference.PRODUCT, stats.get(DataFile.PRODUCTS));
        stats.put(DataFile.CUSTOMERS, read(folder, RecordCodecs.customers(), references, sink, visitor, customer -> {
            references.add(Reference.CUSTOMER, customer.customerId());
            visitor.customer(customer);
        }));
        markLoaded(references, Reference.CUSTOMER, stats.get(DataFile.CUSTOMERS));
        stats.put(DataFile.ZONES, read(folder, RecordCodecs.zones(), references, sink, visitor, visitor::zone));
        stats.put(DataFile.CONSENTS, read(folder, RecordCodecs.consents(), references, sink, visitor, visitor::consent));
        stats.put(DataFile.EVENTS, read(folder, RecordCodecs.events(), references, sink, visitor, visitor::event));
        stats.put(DataFile.SALES_WEEKLY, read(folder, RecordCodecs.weeklySales(), references, sink, visitor, visitor::weeklySale));
        stats.put(DataFile.BASKETS, read(folder, RecordCodecs.basketLines(), references, sink, visitor, visitor::basketLine));
        stats.put(DataFile.FOOT_TRAFFIC, read(folder, RecordCodecs.trafficReadings(), references, sink, visitor, visitor::trafficReading));
        return new Result(stats, references);
    }

    private static <T> FileStats read(Path folder, RecordCodec<T> codec, ReferenceIndex references, ProblemSink sink,
            DataSetVisitor visitor, Consumer<T> consumer) {
        FileScan<T> scan = FileScan.open(folder.resolve(codec.file().fileName()), codec, references, sink);
        scan.forEach(consumer);
        visitor.fileRead(codec.file());
        return scan.stats();
    }

    /** A file that could not be read at all checks nothing, rather than flagging every reference to it. */
    private static void markLoaded(ReferenceIndex references, Reference entity, FileStats stats) {
        if (stats.present()) {
            references.markLoaded(entity);
        }
    }
}
