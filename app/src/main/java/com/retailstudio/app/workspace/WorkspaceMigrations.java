package com.retailstudio.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the workspace schema with the versioned SQL scripts in {@code db/workspace} (the same for H2
 * and PostgreSQL) and in the vendor's own folder, {@code db/workspace-h2} or {@code db/workspace-postgresql}, for the
 * versions whose SQL must differ (types, triggers). A version lives either in the common folder or in both vendor
 * folders, never in both places.
 *
 * <p>Flyway costs about 0.4 s of class loading and scanning, a third of the time the app has to show its first
 * frame, so an up-to-date workspace (the usual case) is recognised from Flyway's history table and Flyway is not
 * started at all.
 */
final class WorkspaceMigrations {

    static final String LOCATION = "classpath:db/workspace";

    /** The version of the newest script in {@code db/workspace}; bump it with every new migration (a test checks). */
    static final int LATEST_VERSION = 9;

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private WorkspaceMigrations() {
    }

    /** Applies the pending migrations and returns how many ran. */
    static int migrate(WorkspaceDatabase database) {
        if (database.inTransaction(WorkspaceMigrations::isUpToDate)) {
            return 0;
        }
        try {
            MigrateResult result = Flyway.configure(WorkspaceMigrations.class.getClassLoader())
                    .dataSource(database.url(), database.login(), database.password())
                    .locations(locations(database.vendor()))
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new WorkspaceException("Could not upgrade the workspace schema: " + e.getMessage(), e);
        }
    }

    /** The common scripts and the vendor's own. */
    static String[] locations(WorkspaceDatabase.Vendor vendor) {
        return new String[] {LOCATION, LOCATION + "-" + vendor.folder()};
    }

    /** True when every migration up to {@link #LATEST_VERSION} is recorded as applied, and none failed. */
    static boolean isUpToDate(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA AND table_name = ?")) {
            exists.setString(1, HISTORY_TABLE);
            try (ResultSet rows = exists.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    return false;
                }
            }
        }
        try (PreparedStatement applied = connection.prepareStatement(
                "SELECT COUNT(DISTINCT \"version\"), COUNT(CASE WHEN NOT \"success\" THEN 1 END),"
                        + " MAX(CAST(\"version\" AS INT))"
                        + " FROM \"" + HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL");
             ResultSet rows = applied.executeQuery()) {
            rows.next();
            return rows.getInt(1) == LATEST_VERSION && rows.getInt(2) == 0 && rows.getInt(3) == LATEST_VERSION;
        }
    }
}
