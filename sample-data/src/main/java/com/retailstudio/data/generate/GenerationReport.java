package com.retailstudio.data.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a finished generation wrote: the folder and the data rows per file (headers not counted). */
public record GenerationReport(Path outDir, Map<String, Long> rowsPerFile) {

    /** Keeps the contract's file order, so listing the report reads like the contract. */
    public GenerationReport {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String file : DataSetFiles.CSV_FILES) {
            if (rowsPerFile.containsKey(file)) {
                ordered.put(file, rowsPerFile.get(file));
            }
        }
        rowsPerFile.forEach(ordered::putIfAbsent);
        rowsPerFile = Collections.unmodifiableMap(ordered);
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
