package com.retailstudio.simulator.spark;

import com.retailstudio.data.columnar.ColumnarImport;
import com.retailstudio.data.columnar.ImportListener;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** The columnar copy of a CSV folder as {@code data import} writes it (sample-data's own importer and writer). */
final class ImportedCopy {

    private ImportedCopy() {
    }

    /** Imports {@code csv} into {@code datasets} and returns the copy's folder (or the copy already there). */
    static Path of(Path csv, Path datasets) throws IOException {
        return ColumnarImport.importFolder(csv, datasets, () -> csv.getFileName().toString(), ImportListener.NONE,
                Clock.systemUTC()).folder();
    }
}
