package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace's append-only record of who did what, when; the database rejects changes to past entries, and each
 * entry is hash-chained to the one before it so that an edit or delete made behind the application's back is found
 * by {@link #verify()}.
 */
public final class AuditLog {

    private final WorkspaceDatabase database;
    private final Clock clock;
    private final Supplier<String> currentUser;

    AuditLog(WorkspaceDatabase database, Clock clock, Supplier<String> currentUser) {
        this.database = database;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** An entry by the current user, now; add a version or comment with its {@code with...} methods. */
    public AuditEntry newEntry(String action, String objectType, String objectId) {
        // The log keeps microseconds (what the hash chain covers, and PostgreSQL's precision), so the entry is stamped so.
        return AuditEntry.of(clock.instant().truncatedTo(ChronoUnit.MICROS), currentUser.get(), action, objectType,
                objectId);
    }

    /** Appends the entry in its own transaction. */
    public AuditRecord append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return database.inTransaction(connection -> insert(connection, entry));
    }

    /** The entries matching the query, newest first (by time, then by append order). */
    public List<AuditRecord> query(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM audit_log WHERE 1=1");
        List<Object> parameters = new ArrayList<>();
        query.objectType().ifPresent(value -> addCriterion(sql, parameters, " AND object_type = ?", value));
        query.objectId().ifPresent(value -> addCriterion(sql, parameters, " AND object_id = ?", value));
        query.actor().ifPresent(value -> addCriterion(sql, parameters, " AND actor = ?", value));
        query.action().ifPresent(value -> addCriterion(sql, parameters, " AND action = ?", value));
        query.from().ifPresent(value -> addCriterion(sql, parameters, " AND at >= ?",
                WorkspaceDatabase.toDatabase(value)));
        query.until().ifPresent(value -> addCriterion(sql, parameters, " AND at < ?",
                WorkspaceDatabase.toDatabase(value)));
        sql.append(" ORDER BY at DESC, id DESC FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit());
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                List<AuditRecord> records = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        records.add(read(rows));
                    }
                }
                return List.copyOf(records);
            }
        });
    }

    private static void addCriterion(StringBuilder sql, List<Object> parameters, String clause, Object value) {
        sql.append(clause);
        parameters.add(value);
    }

    /**
     * Appends inside a transaction that the caller runs, so an entry commits together with the change it records.
     * The time is cut to whole microseconds, which every workspace database stores exactly, so the hash of the
     * entry as read back is the hash it was written with.
     */
    static AuditRecord insert(Connection connection, AuditEntry entry) throws SQLException {
        AuditEntry stored = new AuditEntry(entry.at().truncatedTo(ChronoUnit.MICROS), entry.actor(), entry.action(),
                entry.objectType(), entry.objectId(), entry.objectVersion(), entry.comment());
        return AuditChain.append(connection, stored, authenticated(connection, stored.actor()));
    }

    /**
     * Whether the database vouches for the actor: only a PostgreSQL server does, and only when the actor is the login
     * it authenticated ({@code session_user}). An H2 file has no logins, so nothing written there is authenticated.
     */
    static boolean authenticated(Connection connection, String actor) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT session_user");
             ResultSet rows = select.executeQuery()) {
            return rows.next() && actor.equals(rows.getString(1));
        }
    }

    /** Whether entries by {@code actor} would be recorded as authenticated by the database (never on H2). */
    public boolean authenticates(String actor) {
        return database.inTransaction(connection -> authenticated(connection, actor));
    }

    /** Checks the hash chain over every entry; see {@link AuditChain}. */
    public AuditVerification verify() {
        return database.inTransaction(AuditChain::verify);
    }

    /** The columns {@link #read} needs, in a SELECT list. */
    static final String COLUMNS =
            "id, at, actor, action, object_type, object_id, object_version, comment, authenticated";

    static AuditRecord read(ResultSet rows) throws SQLException {
        int version = rows.getInt("object_version");
        Optional<Integer> objectVersion = rows.wasNull() ? Optional.empty() : Optional.of(version);
        AuditEntry entry = new AuditEntry(
                WorkspaceDatabase.fromDatabase(rows.getObject("at", OffsetDateTime.class)),
                rows.getString("actor"),
                rows.getString("action"),
                rows.getString("object_type"),
                rows.getString("object_id"),
                objectVersion,
                Optional.ofNullable(rows.getString("comment")));
        return new AuditRecord(rows.getLong("id"), entry, rows.getBoolean("authenticated"));
    }
}
