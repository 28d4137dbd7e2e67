package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A new folder workspace copied from a database migrated once per JVM, for test runs that open hundreds of new
 * workspaces: Flyway's class loading, scanning and nine migrations cost about an eighth of the app module's fast
 * test run when every new workspace ran them. Only when the system property {@value #PROPERTY} names a folder (the
 * fast test profile sets it); without it, which is always the case outside the tests, a new workspace is migrated.
 *
 * <p>The copy is the file H2 wrote and closed, so it is the database a migration leaves, history table included
 * ({@code WorkspaceTemplateTest} compares the two); {@link WorkspaceMigrations#migrate} then finds it up to date.
 */
final class WorkspaceTemplate {

    /** The folder to keep the migrated template in; one per test JVM, since each JVM migrates its own once. */
    static final String PROPERTY = "retail-studio.tests.workspace-template";

    private static Path migratedIn;
    private static int migrationsInTemplate;

    private WorkspaceTemplate() {
    }

    /**
     * Copies the migrated template into the folder when {@value #PROPERTY} is set and the folder has no database yet.
     *
     * @return how many migrations the template had applied, or empty when nothing was copied
     */
    static OptionalInt copyIfNew(Path folder) {
        String templateFolder = System.getProperty(PROPERTY, "");
        if (templateFolder.isBlank() || Files.exists(databaseFile(folder))) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(copyInto(Path.of(templateFolder), folder));
    }

    /**
     * Copies the template kept in {@code templateFolder} into {@code folder}, migrating it first if this JVM has not
     * (a template left there by an earlier build may have an older schema, so each JVM migrates anew).
     *
     * @return how many migrations the template had applied
     */
    static synchronized int copyInto(Path templateFolder, Path folder) {
        Path template = templateFolder.toAbsolutePath().normalize();
        try {
            if (!template.equals(migratedIn)) {
                Files.createDirectories(template);
                Files.deleteIfExists(databaseFile(template));
                try (WorkspaceDatabase database = WorkspaceDatabase.open(template)) {
                    migrationsInTemplate = WorkspaceMigrations.migrate(database);
                }
                migratedIn = template;
            }
            Files.copy(databaseFile(template), databaseFile(folder));
            return migrationsInTemplate;
        } catch (IOException e) {
            throw new WorkspaceException("Could not copy the workspace template " + template + " into " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static Path databaseFile(Path folder) {
        return folder.resolve(WorkspaceDatabase.FILE_NAME + ".mv.db");
    }
}
