package com.retailstudio.app.quality;

import com.retailstudio.data.quality.DataQualityReport;
import com.retailstudio.data.quality.FileQuality;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The quality figures an import kept in the workspace: one entry of the data's quality history.
 *
 * @param dataSetId   the data set the import registered
 * @param dataSetName its name
 * @param importedAt  when it was imported
 * @param files       the figures of each file found, in reading order
 */
public record ImportQuality(long dataSetId, String dataSetName, Instant importedAt, List<FileFigures> files) {

    public ImportQuality {
        Objects.requireNonNull(dataSetName, "dataSetName");
        Objects.requireNonNull(importedAt, "importedAt");
        files = List.copyOf(files);
    }

    /** The figures an import keeps of a checked data set: every file that was found and readable. */
    public static List<FileFigures> figuresOf(DataQualityReport report) {
        return report.files().stream().filter(FileQuality::readable).map(FileFigures::of).toList();
    }

    public Optional<FileFigures> file(String fileName) {
        return files.stream().filter(file -> file.fileName().equals(fileName)).findFirst();
    }
}
