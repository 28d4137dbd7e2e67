package com.retailstudio.app.workspace;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workspace's key-value settings: theme, last section, window size, the user's display name. On a team workspace
 * each person has their own (the database shows each login only its rows).
 */
public final class SettingsStore {

    /** The UI theme, e.g. {@code light} or {@code dark}. */
    public static final String THEME = "ui.theme";
    /** The section the user had open when the app last closed. */
    public static final String LAST_SECTION = "ui.lastSection";
    /** The main window's size, e.g. {@code 1280x800}. */
    public static final String WINDOW_SIZE = "ui.windowSize";
    /** The name the user works under; when set it is the actor of the audit log instead of the OS user. */
    public static final String DISPLAY_NAME = "user.displayName";

    private final WorkspaceDatabase database;
    private final Clock clock;

    SettingsStore(WorkspaceDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The value stored under the key, if any. */
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT setting_value FROM settings WHERE setting_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The value stored under the key, or the fallback when there is none. */
    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** Stores the value under the key, replacing any earlier value. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value (use remove to clear a setting)");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A setting key cannot be blank.");
        }
        // Update, else insert: the same SQL on H2 and PostgreSQL (where each person sees only their own settings).
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE settings SET setting_value = ?, updated_at = ? WHERE setting_key = ?")) {
                update.setString(1, value);
                update.setObject(2, WorkspaceDatabase.toDatabase(clock.instant()));
                update.setString(3, key);
                if (update.executeUpdate() > 0) {
                    return 1;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO settings (setting_key, setting_value, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.setObject(3, WorkspaceDatabase.toDatabase(clock.instant()));
                return insert.executeUpdate();
            }
        });
    }

    /** Removes the setting; returns whether there was one. */
    public boolean remove(String key) {
        Objects.requireNonNull(key, "key");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM settings WHERE setting_key = ?")) {
                delete.setString(1, key);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Every setting, ordered by key. */
    public Map<String, String> all() {
        return database.inTransaction(connection -> {
            Map<String, String> settings = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT setting_key, setting_value FROM settings ORDER BY setting_key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    settings.put(rows.getString(1), rows.getString(2));
                }
            }
            return Collections.unmodifiableMap(settings);
        });
    }
}
