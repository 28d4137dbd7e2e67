package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's public key directory: which person each signing key belongs to. Keys are only added, so approvals
 * signed with a replaced key still verify; registering a key writes a {@code key.registered} audit entry.
 */
public final class PublicKeyDirectory {

    public static final String REGISTERED = "key.registered";
    private static final String COLUMNS = "person, key_id, algorithm, public_key, registered_at";

    private final WorkspaceDatabase database;
    private final Clock clock;

    PublicKeyDirectory(WorkspaceDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Registers the key for the person unless it is registered already.
     *
     * @throws WorkspaceException when the key is registered to someone else
     */
    public RegisteredKey register(String person, String keyId, String algorithm, String publicKey) {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            Optional<RegisteredKey> existing = find(connection, keyId);
            if (existing.isPresent()) {
                if (!existing.get().person().equals(person)) {
                    throw new WorkspaceException("The signing key " + keyId + " is registered to "
                            + existing.get().person() + ", not to " + person + ".");
                }
                return existing.get();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO signing_keys (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, person);
                insert.setString(2, keyId);
                insert.setString(3, algorithm);
                insert.setString(4, publicKey);
                insert.setObject(5, WorkspaceDatabase.toDatabase(now));
                insert.executeUpdate();
            }
            AuditLog.insert(connection, AuditEntry.of(now, person, REGISTERED, "signing_key", keyId));
            return find(connection, keyId).orElseThrow();
        });
    }

    public Optional<RegisteredKey> find(String keyId) {
        return database.inTransaction(connection -> find(connection, keyId));
    }

    /** The person's keys, oldest first. */
    public List<RegisteredKey> forPerson(String person) {
        return database.inTransaction(connection -> query(connection,
                "SELECT " + COLUMNS + " FROM signing_keys WHERE person = ? ORDER BY registered_at, key_id", person));
    }

    /** Every registered key, by person then age. */
    public List<RegisteredKey> all() {
        return database.inTransaction(connection -> query(connection,
                "SELECT " + COLUMNS + " FROM signing_keys ORDER BY person, registered_at, key_id"));
    }

    private static Optional<RegisteredKey> find(Connection connection, String keyId) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM signing_keys WHERE key_id = ?", keyId).stream()
                .findFirst();
    }

    private static List<RegisteredKey> query(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<RegisteredKey> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(new RegisteredKey(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return List.copyOf(keys);
            }
        }
    }
}
