package com.retailstudio.app.workspace;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Creates and upgrades the workspace schema with the versioned SQL scripts in {@code db/workspace}. */
final class WorkspaceMigrations {

    static final String LOCATION = "classpath:db/workspace";

    private WorkspaceMigrations() {
    }

    /** Applies the pending migrations and returns how many ran. */
    static int migrate(WorkspaceDatabase database) {
        try {
            MigrateResult result = Flyway.configure(WorkspaceMigrations.class.getClassLoader())
                    .dataSource(database.url(), "sa", "")
                    .locations(LOCATION)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new WorkspaceException("Could not upgrade the workspace schema: " + e.getMessage(), e);
        }
    }
}
