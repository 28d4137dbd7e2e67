package com.retailstudio.data.quality;

import com.retailstudio.data.io.Presence;

/**
 * How often one column of a file holds a value.
 *
 * @param column   contract column name
 * @param presence whether the contract requires a value
 * @param inHeader whether the file's header has the column at all
 * @param nonEmpty rows with a non-empty value
 * @param share    {@code nonEmpty} divided by the file's rows, 0..1 (1 for a file without rows)
 */
public record ColumnCompleteness(String column, Presence presence, boolean inHeader, long nonEmpty, double share) {
}
