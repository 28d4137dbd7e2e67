package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkspaceMigrationsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(WorkspaceDatabase.Vendor.class)
    void latestVersionIsTheNewestScriptAndScriptsAreNumberedOneByOneForEachVendor(WorkspaceDatabase.Vendor vendor) {
        // Flyway only lists the scripts here; an H2 connection serves for both vendors' folders.
        List<String> versions = Arrays.stream(Flyway.configure()
                        .dataSource(WorkspaceDatabase.urlFor(temp), "sa", "")
                        .locations(WorkspaceMigrations.locations(vendor))
                        .load().info().all())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .collect(Collectors.toList());

        List<String> expected = IntStream.rangeClosed(1, WorkspaceMigrations.LATEST_VERSION)
                .mapToObj(Integer::toString).collect(Collectors.toList());
        assertEquals(expected, versions, "bump WorkspaceMigrations.LATEST_VERSION with every new V<n>__ script");
    }

    @Test
    void aWorkspaceOfTheLastReleaseGetsTheNewMigrationsAndKeepsItsDrafts() throws SQLException {
        Flyway.configure().dataSource(WorkspaceDatabase.urlFor(temp), "sa", "")
                .locations(WorkspaceMigrations.locations(WorkspaceDatabase.Vendor.H2)).target("4")
                .load().migrate();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO journey_drafts (journey_id, name, author, steps, body, updated_at)"
                    + " VALUES ('welcome', 'Welcome', 'ana', 1, '{}', CURRENT_TIMESTAMP)");
        }

        try (Workspace upgraded = Workspace.open(temp)) {
            assertEquals(WorkspaceMigrations.LATEST_VERSION - 4, upgraded.migrationsAppliedOnOpen());
            assertEquals(1, upgraded.journeyDrafts().get("welcome").orElseThrow().revision());
        }
    }

    @Test
    void anEmptyDatabaseIsNotUpToDate() throws SQLException {
        try (Connection connection = connect()) {
            assertFalse(WorkspaceMigrations.isUpToDate(connection));
        }
    }

    @Test
    void aFreshlyMigratedWorkspaceIsUpToDate() throws SQLException {
        Workspace.open(temp).close();

        try (Connection connection = connect()) {
            assertTrue(WorkspaceMigrations.isUpToDate(connection));
        }
    }

    @Test
    void aWorkspaceMissingTheNewestMigrationIsNotUpToDateAndGetsItOnOpen() throws SQLException {
        Workspace.open(temp).close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                    + WorkspaceMigrations.LATEST_VERSION + "'");
            assertFalse(WorkspaceMigrations.isUpToDate(connection));
        }

        try (Workspace reopened = Workspace.open(temp)) {
            assertEquals(1, reopened.migrationsAppliedOnOpen());
        }
    }

    @Test
    void aWorkspaceWithAFailedMigrationIsNotUpToDate() throws SQLException {
        Workspace.open(temp).close();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertFalse(WorkspaceMigrations.isUpToDate(connection));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(WorkspaceDatabase.urlFor(temp), "sa", "");
    }
}
