package com.retailstudio.app.cli;

import com.retailstudio.app.dataset.ColumnarCopies;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.generate.BundledSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The `--data DIR|sample` option: a folder of contract CSV files, or the sample bundled with the application. A job
 * reads the folder's imported columnar copy instead when the workspace holds one for exactly these files
 * ({@code data import}; docs/data-format.md).
 */
final class DataFolderOption {

    static final String SAMPLE = "sample";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--data", required = true, paramLabel = "DIR|sample",
            description = "Folder of data-set CSV files, or 'sample' for the bundled sample. When the workspace "
                    + "(--workspace, or the default one) holds an imported copy of exactly these files, it is read "
                    + "instead.")
    private String data;

    /** What a job reads: the CSV folder, and its imported copy when there is one. */
    record JobData(Path folder, Optional<ColumnarDataSet> imported) {
    }

    String value() {
        return data;
    }

    /** The folder to read; the bundled sample is copied to a temporary folder first. */
    Path resolve() {
        return resolve(data);
    }

    /** The folder, with the imported copy of it from the command's workspace (or the default one) if there is one. */
    JobData resolveForJob() {
        if (SAMPLE.equals(data)) {
            return new JobData(resolve(), Optional.empty());
        }
        Path folder = resolve();
        Optional<ColumnarDataSet> imported = ColumnarCopies.find(ColumnarCopies.datasets(workspaceLocation()), folder);
        // Said on standard error, so a pipeline's output stays the same whichever copy was read.
        imported.ifPresent(copy -> mixee.commandLine().getErr().printf("Reading the imported copy of %s (%s)%n",
                folder, copy.folder()));
        return new JobData(folder, imported);
    }

    /** The command's {@code --workspace} when it has one and it was given, else the default workspace folder. */
    private WorkspaceLocation workspaceLocation() {
        for (CommandSpec command = mixee; command != null; command = command.parent()) {
            OptionSpec option = command.findOption("--workspace");
            if (option != null && option.getValue() instanceof WorkspaceLocation location) {
                return location;
            }
        }
        return new WorkspaceLocation.Folder(Workspace.defaultDirectory());
    }

    /** The folder named by a {@code DIR|sample} value; the bundled sample is copied to a temporary folder first. */
    static Path resolve(String data) {
        if (SAMPLE.equals(data)) {
            try {
                Path folder = Files.createTempDirectory("retail-studio-sample");
                BundledSample.extractTo(folder);
                return folder;
            } catch (IOException e) {
                throw new CommandFailure("Could not copy the bundled sample to a temporary folder: " + e.getMessage(), e);
            }
        }
        Path folder = Path.of(data);
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("The data folder " + folder.toAbsolutePath() + " does not exist or is not a folder.");
        }
        return folder;
    }
}
