package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.dataset.DataSetImporter;
import com.retailstudio.app.dataset.ImportRate;
import com.retailstudio.app.quality.FileFigures;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.app.quality.QualityDrift;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.KeptQuality;
import com.retailstudio.data.io.DataFormatException;
import com.retailstudio.data.quality.DataQualityChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code data import}: a data set folder validated once and stored in the workspace as a columnar copy, with its
 * quality figures; {@code data history}: those figures across imports, and the drifts between them.
 */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Data sets in a workspace.",
        subcommands = {DataCommand.Import.class, DataCommand.History.class})
final class DataCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Validate a data set folder with the strict reader (stopping at the first bad row with its "
                    + "file, line and column) and store it in the workspace as Parquet files, partitioned by customer "
                    + "(docs/data-format.md, \"Columnar data set\"); then make it the active data set.",
                "Every command's --data DIR reads that copy while the folder's files are unchanged. An import that "
                    + "fails, is cancelled or killed leaves no copy."})
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private WorkspaceOptions workspace;

        @Mixin
        private DataFolderOption data;

        @Option(names = "--name", description = "Name to register the data set under (default: the folder's name).")
        private String name;

        @Override
        public Integer call() {
            Path source = data.resolve();
            WorkspaceLocation location = workspace.locationOrDefault();
            Path datasets = ColumnarCopies.datasets(location);
            PrintWriter err = spec.commandLine().getErr();
            ImportRate rate = ImportRate.startingNow();
            long[] lastPrinted = {System.nanoTime()};
            ColumnarDataSet copy;
            try {
                copy = ColumnarCopies.importFolder(source, datasets, (stage, rows) -> {
                    long now = System.nanoTime();
                    if (now - lastPrinted[0] > 5_000_000_000L) {
                        lastPrinted[0] = now;
                        err.println(rate.describe(stage, rows));
                        err.flush();
                    }
                }, Clock.systemUTC());
            } catch (DataFormatException e) {
                throw new CommandFailure("The data set in " + source + " was not imported: " + e.getMessage(), e);
            } catch (IOException | UncheckedIOException e) {
                throw new CommandFailure("Could not import the data set into " + datasets + ": " + e.getMessage(), e);
            }
            double seconds = rate.seconds();
            // the figures of the import's own pass, kept in the copy (a copy from before that is checked once more)
            List<FileFigures> quality = ImportQuality.figuresOf(KeptQuality.of(copy)
                    .orElseGet(() -> DataQualityChecker.check(source, Clock.systemUTC())));
            long rows = copy.manifest().rows().values().stream().mapToLong(Long::longValue).sum();
            RegisteredDataSet registered;
            try (Workspace opened = Sessions.openWorkspace(location)) {
                String registeredName = name != null ? name
                        : DataFolderOption.SAMPLE.equals(data.value()) ? "Bundled sample"
                        : source.toAbsolutePath().normalize().getFileName().toString();
                registered = opened.dataSets().register(registeredName, source.toAbsolutePath().normalize(),
                        copy.manifest().sourceFingerprint(), quality);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Imported %s in %.1f s: %,d rows (%,.0f rows/s), %,d customers in %d partitions%n",
                    source.toAbsolutePath().normalize(), seconds, rows, seconds > 0 ? rows / seconds : 0,
                    copy.manifest().rows("customers"), copy.manifest().partitions());
            out.printf(Locale.ROOT, "Columnar copy: %s%n", copy.folder());
            out.printf(Locale.ROOT, "Quality figures of %d files kept (see 'data history')%n", quality.size());
            out.printf(Locale.ROOT, "Active data set: %s (id %d, fingerprint %s)%n", registered.name(), registered.id(),
                    registered.fingerprint());
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = {"The quality figures every import kept, oldest first: per file its rows, its latest date "
                    + "(freshness), rows per day (events per day for events.csv) and its most often missing column; "
                    + "then the drifts between consecutive imports (the bundled sample is not compared)."})
    static final class History implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private WorkspaceOptions workspace;

        @Override
        public Integer call() {
            List<ImportQuality> history;
            try (Workspace opened = Sessions.openWorkspace(workspace.locationOrDefault())) {
                history = opened.qualityHistory().list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (history.isEmpty()) {
                out.println("No import has kept quality figures in this workspace yet.");
                return 0;
            }
            for (ImportQuality imported : history) {
                out.printf(Locale.ROOT, "%s, imported %s (data set %d)%n", imported.dataSetName(),
                        WHEN.format(imported.importedAt()), imported.dataSetId());
                out.printf(Locale.ROOT, "  %-18s %12s  %-10s %10s  %s%n", "file", "rows", "latest", "per day",
                        "most missing");
                for (FileFigures file : imported.files()) {
                    out.printf(Locale.ROOT, "  %-18s %,12d  %-10s %10s  %s%n", file.fileName(), file.rows(),
                            file.latest().map(DAY::format).orElse("-"),
                            file.rowsPerDay().isPresent() ? String.format(Locale.ROOT, "%,.0f",
                                    file.rowsPerDay().getAsDouble()) : "-",
                            mostMissing(file));
                }
            }
            List<QualityDrift> drifts = DataSetImporter.drifts(history);
            out.println(drifts.isEmpty() ? "No drift between imports." : drifts.size() + " drift(s):");
            for (QualityDrift drift : drifts) {
                out.printf(Locale.ROOT, "  %s (%s): %s%n", drift.at().dataSetName(),
                        WHEN.format(drift.at().importedAt()), drift.message());
            }
            return 0;
        }

        private static String mostMissing(FileFigures file) {
            return file.missingShares().entrySet().stream()
                    .filter(column -> column.getValue() > 0)
                    .max(Map.Entry.comparingByValue())
                    .map(column -> String.format(Locale.ROOT, "%s %.1f%%", column.getKey(), 100 * column.getValue()))
                    .orElse("-");
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
}
