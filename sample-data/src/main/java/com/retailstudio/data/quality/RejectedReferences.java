package com.retailstudio.data.quality;

import com.retailstudio.data.io.Reference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows that were rejected only because they refer to rejected rows of one entity, counted per referring file:
 * the consequences of the errors in that entity's file, listed under them instead of one by one.
 *
 * @param entity    the entity whose rejected rows are referred to, e.g. products
 * @param rowsByFile per referring file, in the order found, how many of its rows refer to a rejected row
 */
public record RejectedReferences(Reference entity, Map<String, Long> rowsByFile) {

    public RejectedReferences {
        rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }

    public long rows() {
        return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "170 rows refer to rejected product rows (events.csv 120, sales_weekly.csv 50)". */
    public String describe() {
        long rows = rows();
        return String.format(Locale.ROOT, "%,d %s to rejected %s rows in %s (%s)", rows,
                rows == 1 ? "row refers" : "rows refer", entity.noun(), entity.fileName(),
                rowsByFile.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
    }
}
