package com.retailstudio.data.generate;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Memory stays bounded whatever the number of customers: customers are generated one at a time and their
 * profile and consent rows are streamed straight out, while their events go to a buffer of about a million
 * events. Events must come out sorted by time, and a customer's events span the whole window, so neither
 * "per customer" nor "per day" order alone gives a sorted file without holding everyone in memory. We therefore do
 * an external merge sort: each full buffer is sorted, formatted and spilled to a run file of CSV rows by a worker
 * thread while the next customers fill the other buffer, and at the end the runs are merged by timestamp (ties by
 * customer number) into events.csv. Memory is two buffers of 131,072 events (3.5 MB each) and one 32 KB read
 * buffer per run merged; beyond 512 runs (about three million customers), runs are first merged in groups of 512.
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
            writeCustomersAndEvents(dir, clock, customerSimulator, workers);
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

    private void writeCustomersAndEvents(Path dir, WindowClock clock, CustomerSimulator simulator,
                                         ExecutorService workers) throws IOException {
        // two buffers: customers fill one while a worker sorts, formats and spills the other
        EventBuffer[] buffers = {new EventBuffer(eventsPerRun + 8192), new EventBuffer(eventsPerRun + 8192)};
        EventBuffer buffer = buffers[0];
        Future<?> pendingSpill = null;
        Path runDir = dir.resolve(".event-runs");
        List<Path> runs = new ArrayList<>();
        try {
            try (CsvLineWriter customers = CsvLineWriter.create(dir.resolve(DataSetFiles.CUSTOMERS),
                    DataSetFiles.CUSTOMERS_HEADER);
                 CsvLineWriter consents = CsvLineWriter.create(dir.resolve(DataSetFiles.CONSENTS),
                         DataSetFiles.CONSENTS_HEADER)) {
                for (int i = 0; i < config.customers(); i++) {
                    if ((i & 1023) == 0) {
                        checkCancelled();
                        report(0.02 + 0.68 * i / config.customers(), "Generating customers and events ("
                                + i + " of " + config.customers() + ")");
                    }
                    simulator.generate(i, customers, consents, buffer);
                    if (buffer.size >= eventsPerRun) {
                        await(pendingSpill);
                        Files.createDirectories(runDir);
                        Path run = runDir.resolve("run-" + runs.size() + ".csv");
                        runs.add(run);
                        EventBuffer full = buffer;
                        pendingSpill = workers.submit(() -> {
                            EventFileWriter.spill(full, run, clock.startEpochSecond());
                            return null;
                        });
                        buffer = buffer == buffers[0] ? buffers[1] : buffers[0];
                    }
                }
                rows.put(DataSetFiles.CUSTOMERS, customers.rows());
                rows.put(DataSetFiles.CONSENTS, consents.rows());
            }
            await(pendingSpill);
            report(0.72, "Sorting and writing events");
            try (OutputStream out = new FileOutputStream(dir.resolve(DataSetFiles.EVENTS).toFile())) {
                EventFileWriter.writeHeader(out);
                long events;
                if (runs.isEmpty()) {
                    events = EventFileWriter.writeSorted(buffer, out, clock.startEpochSecond());
                } else {
                    if (buffer.size > 0) {
                        Path run = runDir.resolve("run-" + runs.size() + ".csv");
                        EventFileWriter.spill(buffer, run, clock.startEpochSecond());
                        runs.add(run);
                    }
                    reduceRunsToFanIn(runs, runDir);
                    events = EventFileWriter.merge(runs, out, this::checkCancelled);
                }
                rows.put(DataSetFiles.EVENTS, events);
            }
        } finally {
            if (pendingSpill != null) {
                pendingSpill.cancel(true);
            }
            deleteRecursively(runDir);
        }
    }

    /**
     * Merges the first runs into one until at most {@code maxFanIn} remain, so the read buffers of the final merge
     * stay bounded however many customers there are. The merged run holds the lowest customer numbers, so it goes
     * first, which keeps ties in customer order.
     */
    private void reduceRunsToFanIn(List<Path> runs, Path runDir) throws IOException {
        int next = runs.size();
        while (runs.size() > maxFanIn) {
            List<Path> group = new ArrayList<>(runs.subList(0, maxFanIn));
            Path merged = runDir.resolve("run-" + next++ + ".csv");
            try (OutputStream out = new FileOutputStream(merged.toFile())) {
                EventFileWriter.merge(group, out, this::checkCancelled);
            }
            for (Path run : group) {
                Files.delete(run);
            }
            runs.subList(0, maxFanIn).clear();
            runs.add(0, merged);
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void await(Future<?> task) throws IOException {
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
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
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
