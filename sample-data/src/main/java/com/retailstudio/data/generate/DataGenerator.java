package com.retailstudio.data.generate;

import com.retailstudio.data.io.WorkerFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes a complete, seeded data set folder (the nine contract CSV files and truth.json).
 *
 * <p>Memory stays bounded whatever the number of customers: customers are streamed one at a time and their events
 * go through an external merge sort ({@link CustomerFilesWriter}); the store-side files (weekly sales, baskets, foot
 * traffic) grow with days, stores and products, not with customers. Three threads share the work: this one
 * generates customers, one sorts and spills full event buffers, one writes the store-side files. Each file has
 * exactly one writer and a fixed order, so the same config always gives the same bytes.
 *
 * <p>Everything is written into a hidden sibling folder and moved into place only when complete, so a cancelled or
 * failed run leaves nothing behind.
 */
public final class DataGenerator {

    /** Events held in memory before a sorted run is spilled to disk; small enough to sort within the CPU cache. */
    static final int EVENTS_PER_RUN = 1 << 17;
    /** Most runs merged at once; more runs are first merged in groups. */
    static final int MAX_FAN_IN = 512;

    private final GeneratorConfig config;
    private final GenerationProgress progress;
    private final SeedStreams streams;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private final int eventsPerRun;
    private final int maxFanIn;

    private DataGenerator(GeneratorConfig config, GenerationProgress progress, int eventsPerRun, int maxFanIn) {
        this.config = config;
        this.eventsPerRun = eventsPerRun;
        this.maxFanIn = maxFanIn;
        this.progress = progress;
        this.streams = new SeedStreams(config.seed());
    }

    /**
     * Generates the data set described by {@code config} into {@code outDir}, which must not exist yet or be an
     * empty folder.
     *
     * @throws GenerationCancelledException when {@code progress} asked to stop; nothing is left on disk
     * @throws IllegalArgumentException when {@code outDir} exists and is not an empty folder
     */
    public static GenerationReport generate(GeneratorConfig config, Path outDir, GenerationProgress progress)
            throws IOException {
        return generate(config, outDir, progress, EVENTS_PER_RUN, MAX_FAN_IN);
    }

    /** As {@link #generate(GeneratorConfig, Path, GenerationProgress)} with a chosen run size and fan-in, for tests. */
    static GenerationReport generate(GeneratorConfig config, Path outDir, GenerationProgress progress,
                                     int eventsPerRun, int maxFanIn) throws IOException {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(outDir, "outDir must not be null");
        if (eventsPerRun < 1 || maxFanIn < 2) {
            throw new IllegalArgumentException("eventsPerRun must be positive and maxFanIn at least 2");
        }
        Path target = outDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IllegalArgumentException("Output folder already exists and is not empty: " + target);
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            DataGenerator generator = new DataGenerator(config,
                    progress == null ? GenerationProgress.NONE : progress, eventsPerRun, maxFanIn);
            generator.writeAll(work);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
            generator.progress.update(1.0, "Data set written to " + target);
            return new GenerationReport(target, generator.rows);
        } catch (IOException | RuntimeException | Error e) {
            deleteRecursively(work);
            throw e;
        }
    }

    private void writeAll(Path dir) throws IOException {
        Runnable cancellationCheck = this::checkCancelled;
        report(0.0, "Planning products, stores and prices");
        WindowClock clock = new WindowClock(config.startDate(), config.days());
        ProductCatalog catalog = ProductCatalog.generate(config, streams);
        List<StoreLayouts.Store> stores = StoreLayouts.generate(config, streams);
        SalesHistory sales = SalesHistory.plan(config, catalog, StoreLayouts.clusterCount(config.stores()), streams);
        CampaignResponseModel responses = new CampaignResponseModel(streams);
        BasketAffinityModel baskets = new BasketAffinityModel(streams);
        StoreVisitSimulator visits = new StoreVisitSimulator(config, streams, clock, catalog, sales, baskets, stores);
        CustomerSimulator customerSimulator = new CustomerSimulator(streams, clock, catalog, responses);

        catalog.write(dir.resolve(DataSetFiles.PRODUCTS));
        rows.put(DataSetFiles.PRODUCTS, (long) catalog.size());
        StoreLayouts.writeStores(stores, dir.resolve(DataSetFiles.STORES));
        rows.put(DataSetFiles.STORES, (long) stores.size());
        StoreLayouts.writeZones(stores, dir.resolve(DataSetFiles.ZONES));
        rows.put(DataSetFiles.ZONES, stores.stream().mapToLong(s -> s.zones().size()).sum());

        // The store-side files depend only on products, stores and prices, so another thread writes them while
        // this one generates customers, and a third sorts, formats and spills full event buffers. Each file still
        // has exactly one writer and a fixed order, so the bytes stay deterministic.
        ExecutorService storeSide = Executors.newSingleThreadExecutor(daemon("data-generator-store-side"));
        ExecutorService workers = Executors.newSingleThreadExecutor(daemon("data-generator-event-runs"));
        Map<String, Long> storeRows = new LinkedHashMap<>();
        try {
            Future<?> storeFiles = storeSide.submit(() -> {
                Path salesFile = dir.resolve(DataSetFiles.SALES_WEEKLY);
                try (CsvLineWriter salesOut = CsvLineWriter.create(salesFile, DataSetFiles.SALES_WEEKLY_HEADER)) {
                    sales.write(stores, catalog, streams, salesOut, cancellationCheck);
                    storeRows.put(DataSetFiles.SALES_WEEKLY, salesOut.rows());
                }
                try (CsvLineWriter basketOut = CsvLineWriter.create(dir.resolve(DataSetFiles.BASKETS),
                        DataSetFiles.BASKETS_HEADER);
                     CsvLineWriter trafficOut = CsvLineWriter.create(dir.resolve(DataSetFiles.FOOT_TRAFFIC),
                             DataSetFiles.FOOT_TRAFFIC_HEADER)) {
                    visits.write(basketOut, trafficOut, cancellationCheck);
                    storeRows.put(DataSetFiles.BASKETS, basketOut.rows());
                    storeRows.put(DataSetFiles.FOOT_TRAFFIC, trafficOut.rows());
                }
                return null;
            });
            CustomerFilesWriter customerFiles = new CustomerFilesWriter(config, clock, customerSimulator, eventsPerRun,
                    maxFanIn, this::checkCancelled, this::report);
            rows.putAll(customerFiles.write(dir, workers));
            report(0.9, "Finishing sales, baskets and foot traffic");
            await(storeFiles);
        } finally {
            // on failure the helpers stop at their next cancellation check; wait for them so that nothing is still
            // writing into the folder when it is deleted
            stopAndWait(storeSide);
            stopAndWait(workers);
        }
        rows.putAll(storeRows);

        report(0.99, "Writing the planted truth");
        PlantedTruth.write(dir.resolve(DataSetFiles.TRUTH), config, catalog, responses, baskets, visits);
        checkCancelled();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    static void await(Future<?> task) throws IOException {
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        } catch (ExecutionException e) {
            WorkerFailure.rethrow(e.getCause());
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void stopAndWait(ExecutorService executor) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("A generator thread did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops on the caller's request, or when the thread was interrupted (helpers are, when another one failed). */
    private void checkCancelled() {
        if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new GenerationCancelledException();
        }
    }

    private void report(double fraction, String message) {
        progress.update(fraction, message);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        // A file can still appear while the walk runs (a stopping writer's last flush, a desktop indexer); walk
        // again a few times rather than leave a half-written folder behind.
        for (int attempt = 1; ; attempt++) {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof DirectoryNotEmptyException) || attempt == 5) {
                    throw e.getCause();
                }
            }
            try {
                Thread.sleep(20L * attempt);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while deleting " + root, interrupted);
            }
        }
    }
}
