package com.retailstudio.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast profile's new workspaces are copies of a template: they must be what a migration makes. */
class WorkspaceTemplateTest {

    @TempDir
    Path temp;

    @Test
    void aWorkspaceCopiedFromTheTemplateHasTheSchemaAndHistoryOfAFreshlyMigratedOne() throws SQLException {
        Path migrated = temp.resolve("migrated");
        try (WorkspaceDatabase database = WorkspaceDatabase.open(migrated)) {
            assertEquals(WorkspaceMigrations.LATEST_VERSION, WorkspaceMigrations.migrate(database));
        }
        Path copied = temp.resolve("copied");
        assertTrue(copied.toFile().mkdirs());
        assertEquals(WorkspaceMigrations.LATEST_VERSION, WorkspaceTemplate.copyInto(temp.resolve("template"), copied));

        // Tables, columns, constraints, indexes, triggers and any rows a migration inserts, as H2 scripts them.
        assertEquals(script(migrated), script(copied));
        assertTrue(script(copied).stream().anyMatch(statement -> statement.contains("\"AUDIT_LOG_APPEND_ONLY\"")),
                "the script holds the triggers too");
        assertEquals(history(migrated), history(copied));
    }

    @Test
    void aWorkspaceOpenedFromTheTemplateCountsItsMigrationsAndKeepsAWorkingAuditChain() {
        Path folder = temp.resolve("ws");
        String before = System.getProperty(WorkspaceTemplate.PROPERTY);
        System.setProperty(WorkspaceTemplate.PROPERTY, temp.resolve("template").toString());
        try (Workspace workspace = Workspace.open(folder)) {
            assertEquals(WorkspaceMigrations.LATEST_VERSION, workspace.migrationsAppliedOnOpen());
            workspace.documents().saveDocument(new DocumentDraft("journey", "welcome", "draft", "{}"));
            assertTrue(workspace.auditLog().verify().intact());
        } finally {
            restore(before);
        }
    }

    @Test
    void anExistingWorkspaceIsNeverReplacedByTheTemplate() {
        Path folder = temp.resolve("ws");
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.settings().put(SettingsStore.THEME, "dark");
        }
        String before = System.getProperty(WorkspaceTemplate.PROPERTY);
        System.setProperty(WorkspaceTemplate.PROPERTY, temp.resolve("template").toString());
        try {
            assertFalse(WorkspaceTemplate.copyIfNew(folder).isPresent());
            try (Workspace reopened = Workspace.open(folder)) {
                assertEquals(0, reopened.migrationsAppliedOnOpen());
                assertEquals("dark", reopened.settings().get(SettingsStore.THEME).orElseThrow());
            }
        } finally {
            restore(before);
        }
        assertTrue(Files.isRegularFile(folder.resolve("workspace.mv.db")));
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(WorkspaceTemplate.PROPERTY);
        } else {
            System.setProperty(WorkspaceTemplate.PROPERTY, before);
        }
    }

    /**
     * The database as H2 scripts it, less what differs between any two databases: the admin's random password salt,
     * and the history's insert (when and how long each migration ran), which {@link #history} compares.
     */
    private static List<String> script(Path folder) throws SQLException {
        List<String> statements = new ArrayList<>(WorkspaceOpenTest.queryStrings(folder, "SCRIPT"));
        statements.removeIf(statement -> statement.startsWith("CREATE USER ")
                || statement.startsWith("INSERT INTO \"PUBLIC\".\"flyway_schema_history\""));
        return statements;
    }

    /** The history without when and how long: those differ between any two migrations. */
    private static List<String> history(Path folder) throws SQLException {
        return WorkspaceOpenTest.queryStrings(folder, "SELECT \"installed_rank\" || ':' || COALESCE(\"version\", '-')"
                + " || ':' || \"description\" || ':' || \"type\" || ':' || \"script\" || ':'"
                + " || COALESCE(CAST(\"checksum\" AS VARCHAR), '-') || ':' || \"success\""
                + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"");
    }
}
