package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.dataset.ImportRate;
import com.retailstudio.app.workspace.RegisteredDataSet;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.io.DataFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code data import}: a data set folder validated once and stored in the workspace as a columnar copy. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Data sets in a workspace.",
        subcommands = {DataCommand.Import.class})
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
            long rows = copy.manifest().rows().values().stream().mapToLong(Long::longValue).sum();
            RegisteredDataSet registered;
            try (Workspace opened = Sessions.openWorkspace(location)) {
                String registeredName = name != null ? name
                        : DataFolderOption.SAMPLE.equals(data.value()) ? "Bundled sample"
                        : source.toAbsolutePath().normalize().getFileName().toString();
                registered = opened.dataSets().register(registeredName, source.toAbsolutePath().normalize(),
                        copy.manifest().sourceFingerprint());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Imported %s in %.1f s: %,d rows (%,.0f rows/s), %,d customers in %d partitions%n",
                    source.toAbsolutePath().normalize(), seconds, rows, seconds > 0 ? rows / seconds : 0,
                    copy.manifest().rows("customers"), copy.manifest().partitions());
            out.printf(Locale.ROOT, "Columnar copy: %s%n", copy.folder());
            out.printf(Locale.ROOT, "Active data set: %s (id %d, fingerprint %s)%n", registered.name(), registered.id(),
                    registered.fingerprint());
            return 0;
        }
    }
}
