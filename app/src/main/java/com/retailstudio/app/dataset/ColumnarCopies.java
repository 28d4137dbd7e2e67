package com.retailstudio.app.dataset;

import com.retailstudio.app.workspace.DataSetFingerprint;
import com.retailstudio.app.workspace.Workspace;
import com.retailstudio.app.workspace.WorkspaceLocation;
import com.retailstudio.data.columnar.ColumnarDataSet;
import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.columnar.ImportListener;
import com.retailstudio.data.columnar.ImportedCopies;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The imported (columnar) copies of data sets a workspace keeps: in {@code datasets/} of a workspace folder, or of
 * this machine's folder for a team workspace, each named by its source's fingerprint (docs/data-format.md).
 */
public final class ColumnarCopies {

    private ColumnarCopies() {
    }

    /** The folder that holds the copies of the workspace at {@code location}; the workspace need not be open. */
    public static Path datasets(WorkspaceLocation location) {
        return Workspace.filesFolder(location).resolve(DataSetImporter.DATASETS_FOLDER);
    }

    /** The copy imported from {@code source}, when its files are unchanged since (see {@link ImportedCopies#find}). */
    public static Optional<ColumnarDataSet> find(Path datasets, Path source) {
        return ImportedCopies.find(datasets, source, () -> DataSetFingerprint.of(source));
    }

    /**
     * Validates {@code source} strictly and writes its columnar copy into {@code datasets}, all or nothing.
     *
     * @throws com.retailstudio.data.io.DataFormatException at the first bad row, naming file, line and column
     * @throws java.util.concurrent.CancellationException  when the listener cancelled
     */
    public static ColumnarDataSet importFolder(Path source, Path datasets, ImportListener listener, Clock clock)
            throws IOException {
        return ColumnarImport.importFolder(source, datasets, () -> DataSetFingerprint.of(source), listener, clock);
    }
}
