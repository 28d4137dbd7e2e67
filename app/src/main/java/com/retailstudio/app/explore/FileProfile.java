package com.retailstudio.app.explore;

import java.util.List;

/**
 * The profile of a data-set file's columns.
 *
 * @param rowsProfiled the rows the figures are computed over
 * @param wholeFile    false when the file is longer and only its first {@code rowsProfiled} rows were profiled
 */
public record FileProfile(String file, long rowsProfiled, boolean wholeFile, List<ColumnProfile> columns) {

    public FileProfile {
        columns = List.copyOf(columns);
    }
}
