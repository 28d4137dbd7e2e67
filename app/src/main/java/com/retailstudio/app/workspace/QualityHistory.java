package com.retailstudio.app.workspace;

import com.retailstudio.app.quality.FileFigures;
import com.retailstudio.app.quality.ImportQuality;
import com.retailstudio.data.quality.DateRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quality figures every import kept, oldest import first: written by {@link DataSetRegistry#register} in the
 * registration's own transaction, so an import is in the history exactly when it is in the workspace.
 */
public final class QualityHistory {

    private final WorkspaceDatabase database;

    QualityHistory(WorkspaceDatabase database) {
        this.database = database;
    }

    /** Every import that kept figures, oldest first, each with its files in reading order. */
    public List<ImportQuality> list() {
        return database.inTransaction(connection -> {
            Map<Long, Map<String, Map<String, Double>>> missing = missingShares(connection);
            Map<Long, ImportQuality> imports = new LinkedHashMap<>();
            Map<Long, List<FileFigures>> files = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT d.id, d.name, d.imported_at, f.file_name, f.row_count, f.earliest, f.latest"
                            + " FROM import_quality_files f JOIN data_sets d ON d.id = f.data_set_id"
                            + " ORDER BY d.imported_at, d.id, f.position");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    String fileName = rows.getString("file_name");
                    OffsetDateTime earliest = rows.getObject("earliest", OffsetDateTime.class);
                    OffsetDateTime latest = rows.getObject("latest", OffsetDateTime.class);
                    Optional<DateRange> dates = earliest == null || latest == null ? Optional.empty()
                            : Optional.of(new DateRange(WorkspaceDatabase.fromDatabase(earliest),
                                    WorkspaceDatabase.fromDatabase(latest)));
                    files.computeIfAbsent(id, key -> new ArrayList<>()).add(new FileFigures(fileName,
                            rows.getLong("row_count"),
                            missing.getOrDefault(id, Map.of()).getOrDefault(fileName, Map.of()), dates));
                    imports.put(id, new ImportQuality(id, rows.getString("name"), instant(rows, "imported_at"),
                            List.of()));
                }
            }
            List<ImportQuality> history = new ArrayList<>();
            imports.forEach((id, header) -> history.add(new ImportQuality(id, header.dataSetName(),
                    header.importedAt(), files.get(id))));
            return List.copyOf(history);
        });
    }

    /** Writes an import's figures; called inside the transaction that registers its data set. */
    static void insert(Connection connection, long dataSetId, List<FileFigures> files) throws SQLException {
        try (PreparedStatement file = connection.prepareStatement("INSERT INTO import_quality_files"
                + " (data_set_id, file_name, position, row_count, earliest, latest) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement column = connection.prepareStatement("INSERT INTO import_quality_columns"
                     + " (data_set_id, file_name, column_name, position, missing_share) VALUES (?, ?, ?, ?, ?)")) {
            int filePosition = 0;
            for (FileFigures figures : files) {
                file.setLong(1, dataSetId);
                file.setString(2, figures.fileName());
                file.setInt(3, filePosition++);
                file.setLong(4, figures.rows());
                file.setObject(5, figures.dates().map(range -> WorkspaceDatabase.toDatabase(range.earliest()))
                        .orElse(null));
                file.setObject(6, figures.dates().map(range -> WorkspaceDatabase.toDatabase(range.latest()))
                        .orElse(null));
                file.addBatch();
                int columnPosition = 0;
                for (Map.Entry<String, Double> share : figures.missingShares().entrySet()) {
                    column.setLong(1, dataSetId);
                    column.setString(2, figures.fileName());
                    column.setString(3, share.getKey());
                    column.setInt(4, columnPosition++);
                    column.setDouble(5, share.getValue());
                    column.addBatch();
                }
            }
            file.executeBatch();
            column.executeBatch();
        }
    }

    private static Map<Long, Map<String, Map<String, Double>>> missingShares(Connection connection)
            throws SQLException {
        Map<Long, Map<String, Map<String, Double>>> shares = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT data_set_id, file_name, column_name, missing_share FROM import_quality_columns"
                        + " ORDER BY data_set_id, file_name, position");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                shares.computeIfAbsent(rows.getLong(1), key -> new LinkedHashMap<>())
                        .computeIfAbsent(rows.getString(2), key -> new LinkedHashMap<>())
                        .put(rows.getString(3), rows.getDouble(4));
            }
        }
        return shares;
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return WorkspaceDatabase.fromDatabase(rows.getObject(column, OffsetDateTime.class));
    }
}
