package com.retailstudio.app.dataset;

import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.app.quality.QualityDrift;
import com.retailstudio.app.quality.QualityDrifts;
import com.retailstudio.app.workspace.DataSetFingerprint;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.columnar.KeptQuality;
import com.retailstudio.data.generate.BundledSample;
import com.retailstudio.data.io.DataFile;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.quality.DataQualityChecker;
import com.retailstudio.data.quality.DataQualityReport;
import com.retailstudio.data.quality.Freshness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings a data set folder into the workspace, all or nothing: it is copied into the workspace's {@code datasets/}
 * folder under a temporary name and moved into place in one step, its columnar copy written in one pass that also
 * makes its quality report (the report is made once: a folder with errors stops that pass at the first, and only then
 * is the folder checked in full, for the refusal to list its problems), and only then registered.
 * A refused or failed import leaves the workspace exactly as it was; what a killed one leaves is removed by
 * {@link #removeOrphans} on the next start.
 */
public final class DataSetImporter {

    /** The name the bundled sample is registered under. */
    public static final String SAMPLE_NAME = "Bundled sample";
    static final String DATASETS_FOLDER = "datasets";
    private static final String TRUTH_FILE = "truth.json";
    private static final String STAGING_PREFIX = ".importing-";
    private static final String COPY_PREFIX = "dataset-";

    private final Workspace workspace;
    private final Clock clock;

    public DataSetImporter(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /**
     * Checks the folder and, when it is usable, copies it into the workspace and makes it the active data set.
     *
     * @throws DataSetRejectedException when the data set has errors; nothing is changed then
     */
    public ImportedDataSet importFolder(String name, Path source, ImportProgress progress) {
        return importFolder(name, source, progress, false);
    }

    private ImportedDataSet importFolder(String name, Path source, ImportProgress progress, boolean bundledSample) {
        if (!bundledSample && SAMPLE_NAME.equals(name)) {
            // the name is how the bundled sample is known; a user's folder of that name is told apart
            name = name + " (folder)";
        }
        progress.update(0.05, "Copying the data set into the workspace");
        Path copy = copyIntoWorkspace(source);
        try {
            progress.checkCancelled();
            Converted converted = convert(source, copy, progress, checker(bundledSample));
            String fingerprint = converted.fingerprint();
            DataQualityReport report = converted.report();
            progress.checkCancelled();
            progress.update(0.95, "Registering " + name);
            RegisteredDataSet registered = workspace.dataSets().register(name, copy, fingerprint,
                    ImportQuality.figuresOf(report));
            progress.update(1, "Imported " + name);
            return new ImportedDataSet(registered, report);
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    /** What writing the columnar copy came to: the folder's fingerprint and the quality report of that pass. */
    private record Converted(String fingerprint, DataQualityReport report) {
    }

    /**
     * Writes the columnar copy of the workspace's CSV copy (docs/data-format.md), telling the progress its rows per
     * second and stopping when it is cancelled; returns the folder's fingerprint and the quality report that pass
     * made, judged now by {@code checker} and naming {@code source}, as a check of it would.
     *
     * @throws DataSetRejectedException when the files have errors (the pass stops at the first; the refusal carries
     *                                  the full check of {@code source}, every problem counted)
     */
    private Converted convert(Path source, Path copy, ImportProgress progress, DataQualityChecker checker) {
        // each row is read once; consents and events are written again partition by partition
        long expected = Math.max(1, RowEstimate.ofFolder(copy));
        ImportRate rate = ImportRate.startingNow();
        String[] fingerprint = new String[1];
        ColumnarDataSet columnar;
        try {
            columnar = ColumnarImport.importFolder(copy, workspace.directory().resolve(DATASETS_FOLDER),
                    () -> fingerprint[0] = DataSetFingerprint.of(copy), (stage, rows) -> {
                        progress.checkCancelled();
                        progress.update(0.1 + 0.8 * Math.min(1, (double) rows / expected), rate.describe(stage, rows));
                    }, clock);
        } catch (DataFormatException e) {
            DataQualityReport checked = checker.report(source, clock.instant());
            if (!checked.usable()) {
                throw new DataSetRejectedException(source, checked);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the columnar copy: " + e.getMessage(), e);
        }
        DataQualityReport kept = KeptQuality.of(columnar).orElseThrow(() -> new IllegalStateException(
                "The columnar copy " + columnar.folder() + " has no quality report."));
        DataQualityReport judged = checker.judgedAt(kept, clock.instant());
        return new Converted(fingerprint[0] != null ? fingerprint[0] : columnar.manifest().sourceFingerprint(),
                new DataQualityReport(source.toAbsolutePath().toString(), judged.checkedAt(), judged.files(),
                        judged.freshness(), judged.consentCoverage(), judged.problems()));
    }

    /**
     * Whether the data set is the bundled sample this importer brought in: a fixed example whose age is not judged
     * ({@link com.retailstudio.data.quality.Freshness#NOT_JUDGED}). A user's folder never gets its name.
     */
    public static boolean isBundledSample(RegisteredDataSet dataSet) {
        return SAMPLE_NAME.equals(dataSet.name());
    }

    /**
     * The drifts of a quality history, the bundled sample left out: it is a fixed example, not an extract of the
     * user's source, so the first real import compared with it would only flag how different the two are.
     */
    public static List<QualityDrift> drifts(List<ImportQuality> history) {
        return QualityDrifts.detect(history.stream().filter(imported -> !SAMPLE_NAME.equals(imported.dataSetName()))
                .toList());
    }

    /**
     * The quality report its import made in the same pass that wrote the columnar copy, judged now, read back
     * without reading the files (a million customers' files take 40 s to check again); empty when the data set has
     * no current copy, or its copy was made before reports were kept.
     */
    public Optional<DataQualityReport> keptReport(RegisteredDataSet dataSet) {
        return DataSetReads.of(workspace).copyOf(Path.of(dataSet.sourcePath()))
                .flatMap(KeptQuality::of)
                .map(kept -> checker(isBundledSample(dataSet)).judgedAt(kept, clock.instant()));
    }

    /** Checks the data set's files now. */
    public DataQualityReport check(RegisteredDataSet dataSet) {
        return checker(isBundledSample(dataSet)).report(Path.of(dataSet.sourcePath()), clock.instant());
    }

    /** How a data set is checked: the bundled sample without judging its age, any other with the default rules. */
    private static DataQualityChecker checker(boolean bundledSample) {
        return new DataQualityChecker(DataQualityChecker.DEFAULT_PROBLEMS_KEPT,
                bundledSample ? Freshness.NOT_JUDGED : DataQualityChecker.DEFAULT_STALE_AFTER);
    }

    /** On a workspace with no data set yet, imports the bundled sample; otherwise does nothing. */
    public Optional<ImportedDataSet> importSampleIfEmpty(ImportProgress progress) {
        if (!workspace.dataSets().list().isEmpty()) {
            return Optional.empty();
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("retail-studio-sample");
            progress.update(0.02, "Unpacking the bundled sample");
            BundledSample.extractTo(scratch);
            return Optional.of(importFolder(SAMPLE_NAME, scratch, progress, true));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the bundled sample: " + e.getMessage(), e);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    /**
     * Removes what a killed import left in {@code datasets/}: a staging folder ({@code .importing-*}, killed while
     * copying) and a copied folder that was never registered ({@code dataset-*}, killed between the rename and the
     * registration). Both can be hundreds of MB. Only this importer's own names are touched, and never a folder a
     * registered data set uses. Called when the application opens the workspace, before anything imports.
     *
     * @return the folders removed
     */
    public List<Path> removeOrphans() {
        Path datasets = workspace.directory().resolve(DATASETS_FOLDER);
        if (!Files.isDirectory(datasets)) {
            return List.of();
        }
        Set<Path> registered = new HashSet<>();
        workspace.dataSets().list().forEach(dataSet -> registered.add(Path.of(dataSet.sourcePath())
                .toAbsolutePath().normalize()));
        List<Path> orphans = new ArrayList<>();
        try (Stream<Path> children = Files.list(datasets)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                String name = child.getFileName().toString();
                boolean ours = name.startsWith(STAGING_PREFIX) || name.startsWith(COPY_PREFIX);
                if (ours && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                        && !registered.contains(child.toAbsolutePath().normalize())) {
                    orphans.add(child);
                }
            }
        } catch (IOException e) {
            return List.of(); // nothing is lost by keeping them until the next start
        }
        orphans.forEach(DataSetImporter::deleteQuietly);
        return orphans;
    }

    private Path copyIntoWorkspace(Path source) {
        Path datasets = workspace.directory().resolve(DATASETS_FOLDER);
        Path staging = null;
        try {
            Files.createDirectories(datasets);
            staging = Files.createTempDirectory(datasets, STAGING_PREFIX);
            for (String fileName : dataSetFileNames()) {
                Path file = source.resolve(fileName);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, staging.resolve(fileName));
                }
            }
            Path target = datasets.resolve(COPY_PREFIX + clock.millis() + "-" + staging.getFileName().toString()
                    .substring(STAGING_PREFIX.length()));
            // One rename: the folder appears complete or not at all.
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            if (staging != null) {
                deleteQuietly(staging);
            }
            throw new UncheckedIOException("Could not copy the data set into " + datasets + ": " + e.getMessage(), e);
        }
    }

    private static List<String> dataSetFileNames() {
        List<String> names = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            names.add(file.fileName());
        }
        names.add(TRUTH_FILE);
        return names;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover staging folder is ignored by everything that reads the workspace.
        }
    }
}
