package com.retailstudio.data.columnar;

import com.retailstudio.data.quality.DataQualityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The quality report an import made of its source in the same pass that wrote the copy, kept in the copy's folder
 * ({@value #FILE_NAME}, age not judged: the reader judges it at the time it is shown), so a data set of millions of
 * rows shows its report without being read again.
 */
public final class KeptQuality {

    public static final String FILE_NAME = "quality.json";

    private KeptQuality() {
    }

    static void write(Path copyFolder, DataQualityReport report) throws IOException {
        Files.writeString(copyFolder.resolve(FILE_NAME), report.toJson(), StandardCharsets.UTF_8);
    }

    /** The kept report; empty for a copy made before reports were kept, or one whose report cannot be read. */
    public static Optional<DataQualityReport> of(ColumnarDataSet copy) {
        Path file = copy.folder().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DataQualityReport.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
