package com.retailstudio.app.workspace;

import com.retailstudio.app.quality.FileFigures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The data sets registered in the workspace, exactly one of which (once any is registered) is active.
 *
 * <p>Every change is audited in the same transaction ({@code dataset.registered}, {@code dataset.activated}).
 */
public final class DataSetRegistry {

    public static final String OBJECT_TYPE = "dataset";
    public static final String REGISTERED = "dataset.registered";
    public static final String ACTIVATED = "dataset.activated";

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String COLUMNS = "id, name, source_path, fingerprint, imported_at, active";

    private final WorkspaceDatabase database;
    private final Clock clock;
    private final Supplier<String> currentUser;

    DataSetRegistry(WorkspaceDatabase database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Fingerprints the files at the source and registers them as the new active data set. */
    public RegisteredDataSet register(String name, Path source) {
        // Hashing can take a while on big data; it runs before the transaction so it holds no lock.
        return register(name, source, DataSetFingerprint.of(source));
    }

    /** Registers a data set whose fingerprint is already known and makes it the active one. */
    public RegisteredDataSet register(String name, Path source, String fingerprint) {
        return register(name, source, fingerprint, List.of());
    }

    /**
     * Registers a data set whose fingerprint is already known, makes it the active one and keeps the import's
     * quality figures in the {@link QualityHistory}, all in one transaction.
     */
    public RegisteredDataSet register(String name, Path source, String fingerprint, List<FileFigures> quality) {
        Objects.requireNonNull(source, "source");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A data set needs a name.");
        }
        if (fingerprint == null || !SHA_256_HEX.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("A data set fingerprint is 64 lowercase hex digits, was " + fingerprint);
        }
        Instant now = clock.instant();
        String actor = currentUser.get();
        return database.inTransaction(connection -> {
            deactivateAll(connection);
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO data_sets (name, source_path, fingerprint, imported_at, active) VALUES (?, ?, ?, ?, TRUE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, source.toAbsolutePath().normalize().toString());
                insert.setString(3, fingerprint);
                insert.setObject(4, WorkspaceDatabase.toDatabase(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            QualityHistory.insert(connection, id, quality);
            AuditLog.insert(connection, AuditEntry.of(now, actor, REGISTERED, OBJECT_TYPE, Long.toString(id))
                    .withComment(name + " from " + source + " (" + fingerprint + ")"));
            return find(connection, id).orElseThrow();
        });
    }

    /** Makes the data set the active one (and every other inactive). */
    public RegisteredDataSet activate(long id) {
        Instant now = clock.instant();
        String actor = currentUser.get();
        return database.inTransaction(connection -> {
            RegisteredDataSet target = find(connection, id)
                    .orElseThrow(() -> new WorkspaceException("There is no data set with id " + id + " in the workspace."));
            if (target.active()) {
                return target;
            }
            deactivateAll(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE data_sets SET active = TRUE WHERE id = ?")) {
                update.setLong(1, id);
                update.executeUpdate();
            }
            AuditLog.insert(connection, AuditEntry.of(now, actor, ACTIVATED, OBJECT_TYPE,
                    Long.toString(id)));
            return find(connection, id).orElseThrow();
        });
    }

    /** The active data set; empty only while none is registered. */
    public Optional<RegisteredDataSet> active() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM data_sets WHERE active")) {
                return readOne(select);
            }
        });
    }

    public Optional<RegisteredDataSet> find(long id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    /** Every registered data set, oldest first. */
    public List<RegisteredDataSet> list() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM data_sets ORDER BY imported_at, id");
                 ResultSet rows = select.executeQuery()) {
                List<RegisteredDataSet> dataSets = new ArrayList<>();
                while (rows.next()) {
                    dataSets.add(read(rows));
                }
                return List.copyOf(dataSets);
            }
        });
    }

    private static void deactivateAll(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE data_sets SET active = FALSE WHERE active")) {
            update.executeUpdate();
        }
    }

    private static Optional<RegisteredDataSet> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM data_sets WHERE id = ?")) {
            select.setLong(1, id);
            return readOne(select);
        }
    }

    private static Optional<RegisteredDataSet> readOne(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static RegisteredDataSet read(ResultSet rows) throws SQLException {
        return new RegisteredDataSet(
                rows.getLong("id"),
                rows.getString("name"),
                rows.getString("source_path"),
                rows.getString("fingerprint"),
                WorkspaceDatabase.fromDatabase(rows.getObject("imported_at", OffsetDateTime.class)),
                rows.getBoolean("active"));
    }
}
