package com.retailstudio.data.generate;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Writes customers.csv, consents.csv and events.csv, customer by customer, in memory that does not grow with the
 * number of customers.
 *
 * <p>Events must come out sorted by time, and a customer's events span the whole window, so neither "per customer"
 * nor "per day" order alone gives a sorted file without holding everyone in memory. We therefore do an external
 * merge sort: customers fill one of two buffers of 131,072 events (3.5 MB each); a full buffer is sorted, formatted
 * and spilled to a run file of CSV rows by a worker thread while the next customers fill the other buffer; at the
 * end the runs are merged by timestamp (ties by customer number) into events.csv, reading each run through a 32 KB
 * buffer. Beyond 512 runs (about three million customers), runs are first merged in groups of 512.
 */
final class CustomerFilesWriter {

    private final GeneratorConfig config;
    private final WindowClock clock;
    private final CustomerSimulator simulator;
    private final int eventsPerRun;
    private final int maxFanIn;
    private final Runnable cancellationCheck;
    private final BiConsumer<Double, String> progress;

    CustomerFilesWriter(GeneratorConfig config, WindowClock clock, CustomerSimulator simulator, int eventsPerRun,
                        int maxFanIn, Runnable cancellationCheck, BiConsumer<Double, String> progress) {
        this.config = config;
        this.clock = clock;
        this.simulator = simulator;
        this.eventsPerRun = eventsPerRun;
        this.maxFanIn = maxFanIn;
        this.cancellationCheck = cancellationCheck;
        this.progress = progress;
    }

    /** Writes the three files into {@code dir} and returns their data rows by file name. */
    Map<String, Long> write(Path dir, ExecutorService spillWorker) throws IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
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
                        cancellationCheck.run();
                        progress.accept(0.02 + 0.68 * i / config.customers(), "Generating customers and events ("
                                + i + " of " + config.customers() + ")");
                    }
                    simulator.generate(i, customers, consents, buffer);
                    if (buffer.size >= eventsPerRun) {
                        DataGenerator.await(pendingSpill);
                        Files.createDirectories(runDir);
                        Path run = runDir.resolve("run-" + runs.size() + ".csv");
                        runs.add(run);
                        EventBuffer full = buffer;
                        pendingSpill = spillWorker.submit(() -> {
                            EventFileWriter.spill(full, run, clock.startEpochSecond());
                            return null;
                        });
                        buffer = buffer == buffers[0] ? buffers[1] : buffers[0];
                    }
                }
                rows.put(DataSetFiles.CUSTOMERS, customers.rows());
                rows.put(DataSetFiles.CONSENTS, consents.rows());
            }
            DataGenerator.await(pendingSpill);
            progress.accept(0.72, "Sorting and writing events");
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
                    events = EventFileWriter.merge(runs, out, cancellationCheck);
                }
                rows.put(DataSetFiles.EVENTS, events);
            }
        } finally {
            if (pendingSpill != null) {
                pendingSpill.cancel(true);
            }
            DataGenerator.deleteRecursively(runDir);
        }
        return rows;
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
                EventFileWriter.merge(group, out, cancellationCheck);
            }
            for (Path run : group) {
                Files.delete(run);
            }
            runs.subList(0, maxFanIn).clear();
            runs.add(0, merged);
        }
    }
}
