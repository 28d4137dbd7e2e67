package com.retailstudio.data.columnar;

import com.retailstudio.data.io.BothVisitors;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataSetScanner;
import com.retailstudio.data.io.ProblemSink;
import com.retailstudio.data.io.ReferenceIndex;
import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.Freshness;
import com.retailstudio.data.quality.QualityObservations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Imports a data set folder into a columnar data set, all or nothing: one strict pass over the CSV files (the same
 * checks and file:line:column errors as {@code DataSetLoader}) writes the Parquet files into a staging folder, which
 * is renamed to {@code parquet-FINGERPRINT} when every file and the manifest are written. Whatever stops it (a bad
 * row, a full disk, a cancel) deletes the staging folder; a killed process leaves it for {@link #removeStaging}.
 */
public final class ColumnarImport {

    /** Customers per partition file (docs/data-format.md). */
    public static final int CUSTOMERS_PER_PARTITION = 100_000;
    public static final String FOLDER_PREFIX = "parquet-";
    /** The staging folder's prefix; shared with the CSV import's, so one clean-up removes both. */
    public static final String STAGING_PREFIX = ".importing-";

    private ColumnarImport() {
    }

    /**
     * Imports {@code source} into {@code datasets/parquet-FINGERPRINT}, or returns the copy already there.
     *
     * @param fingerprint the source folder's fingerprint; asked for only after the strict pass succeeded
     * @throws com.retailstudio.data.io.DataFormatException at the first row that breaks the contract; nothing is left
     * @throws java.util.concurrent.CancellationException when the listener cancelled; nothing is left
     */
    public static ColumnarDataSet importFolder(Path source, Path datasets, Supplier<String> fingerprint,
            ImportListener listener, Clock clock) throws IOException {
        return importFolder(source, datasets, fingerprint, listener, clock, CUSTOMERS_PER_PARTITION, defaultThreads());
    }

    /** One thread per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static ColumnarDataSet importFolder(Path source, Path datasets, Supplier<String> fingerprint,
            ImportListener listener, Clock clock, int customersPerPartition) throws IOException {
        return importFolder(source, datasets, fingerprint, listener, clock, customersPerPartition, defaultThreads());
    }

    /**
     * As {@link #importFolder(Path, Path, Supplier, ImportListener, Clock)}, with consents and events written on up to
     * {@code threads} threads (the files are the same for any number).
     */
    public static ColumnarDataSet importFolder(Path source, Path datasets, Supplier<String> fingerprint,
            ImportListener listener, Clock clock, int customersPerPartition, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Files.createDirectories(datasets);
        List<ColumnarManifest.SourceFile> stamp = ColumnarManifest.stamp(source);
        Path staging = Files.createTempDirectory(datasets, STAGING_PREFIX + FOLDER_PREFIX);
        try {
            ReferenceIndex references = ReferenceIndex.empty();
            QualityObservations seen = new QualityObservations();
            DataSetScanner.Result scanned;
            Map<DataFile, Long> rows;
            int partitions;
            long rowsSoFar;
            try (ColumnarWriter writer = new ColumnarWriter(staging, references, customersPerPartition, threads,
                    listener)) {
                scanned = DataSetScanner.scan(source, ProblemSink.failFast(), new BothVisitors(writer, seen),
                        references);
                rows = writer.finish();
                partitions = writer.partitions();
                rowsSoFar = writer.rowsSoFar();
            }
            listener.progress("Fingerprinting " + source.getFileName(), rowsSoFar);
            String sourceFingerprint = fingerprint.get();
            Map<String, Long> rowsByName = new LinkedHashMap<>();
            for (DataFile file : DataFile.values()) {
                rowsByName.put(ParquetSchemas.messageName(file), rows.getOrDefault(file, 0L));
            }
            ColumnarManifest.of(sourceFingerprint, source, stamp, clock.instant(), customersPerPartition, partitions,
                    rowsByName).write(staging);
            // the report of the same pass; its age is judged when it is shown, not now
            KeptQuality.write(staging, new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                    Freshness.NOT_JUDGED).report(source, clock.instant(), scanned, seen));
            Path target = datasets.resolve(FOLDER_PREFIX + sourceFingerprint);
            if (isCurrentCopy(target)) {
                // the same bytes were imported before, perhaps before reports were kept with the copy
                Path report = target.resolve(KeptQuality.FILE_NAME);
                if (!Files.exists(report)) {
                    Files.move(staging.resolve(KeptQuality.FILE_NAME), report);
                }
                deleteTree(staging);
                return ColumnarDataSet.open(target);
            }
            if (Files.exists(target)) {
                deleteTree(target); // an older version's copy, or a folder of that name without a manifest
            }
            try {
                // One rename: the copy appears complete or not at all.
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                deleteTree(target); // a folder of that name without a manifest is no copy
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return ColumnarDataSet.open(target);
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * Deletes the staging folders a killed import left in {@code datasets}; only this import's own prefix is touched.
     *
     * @return the folders removed
     */
    public static List<Path> removeStaging(Path datasets) {
        if (!Files.isDirectory(datasets)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(datasets)) {
            List<Path> staging = children
                    .filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX + FOLDER_PREFIX))
                    .toList();
            staging.forEach(ColumnarImport::deleteTree);
            return staging;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code folder} holds a complete copy this version reads (a version 1 copy lacks birth_date). */
    private static boolean isCurrentCopy(Path folder) {
        if (!Files.isRegularFile(folder.resolve(ColumnarManifest.FILE_NAME))) {
            return false;
        }
        try {
            ColumnarManifest.read(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes a folder and everything in it, as far as it can: what cannot be deleted stays (a staging folder is
     * removed by the next import or start; a scratch folder in the temporary folder by the system).
     */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort, as said above
        }
    }
}
