package com.retailstudio.data.generate;

import java.nio.file.Path;
import java.util.Map;

/** What a finished generation wrote: the folder and the data rows per file (headers not counted). */
public record GenerationReport(Path outDir, Map<String, Long> rowsPerFile) {

    public GenerationReport {
        rowsPerFile = Map.copyOf(rowsPerFile);
    }

    public long rows(String fileName) {
        return rowsPerFile.getOrDefault(fileName, 0L);
    }

    public long eventRows() {
        return rows(DataSetFiles.EVENTS);
    }

    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
