package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A user's workspace: one folder holding an H2 database with settings, data sets, versioned documents and the audit
 * log, open in at most one process at a time.
 */
public final class Workspace implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final Path directory;
    private final WorkspaceLock lock;
    private final WorkspaceDatabase database;
    private final int migrationsApplied;
    private final SettingsStore settings;
    private final AuditLog auditLog;
    private final DataSetRegistry dataSets;
    private final DocumentStore documents;
    private final ReviewStore reviews;
    private final JourneyDraftStore journeyDrafts;
    private final PublicKeyDirectory publicKeys;

    private Workspace(Path directory, WorkspaceLock lock, WorkspaceDatabase database, int migrationsApplied,
                      Clock clock) {
        this.directory = directory;
        this.lock = lock;
        this.database = database;
        this.migrationsApplied = migrationsApplied;
        this.settings = new SettingsStore(database, clock);
        this.auditLog = new AuditLog(database, clock, this::currentUser);
        this.dataSets = new DataSetRegistry(database, clock, this::currentUser);
        this.documents = new DocumentStore(database, clock, this::currentUser);
        this.reviews = new ReviewStore(database, clock);
        this.journeyDrafts = new JourneyDraftStore(database, clock, this::currentUser);
        this.publicKeys = new PublicKeyDirectory(database, clock);
    }

    /** {@code ~/.retail-studio/workspace}, under the {@code user.home} system property. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".retail-studio", "workspace");
    }

    /** Opens the workspace in the folder, creating folder and database if needed and upgrading the schema. */
    public static Workspace open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens the workspace with the clock that stamps its writes.
     *
     * @throws WorkspaceInUseException when another process, or this one, has it open
     * @throws WorkspaceException      when the folder or database cannot be opened or upgraded
     */
    public static Workspace open(Path directory, Clock clock) {
        Path folder = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
        // The lock comes first, so a second process is told who holds the workspace instead of meeting H2's lock.
        WorkspaceLock lock = WorkspaceLock.acquire(folder);
        try {
            WorkspaceDatabase database = WorkspaceDatabase.open(folder);
            try {
                int applied = WorkspaceMigrations.migrate(database);
                if (applied > 0) {
                    LOG.log(System.Logger.Level.INFO, "Applied {0} schema migration(s) to the workspace {1}",
                            applied, folder);
                }
                return new Workspace(folder, lock, database, applied, clock);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The workspace folder, absolute. */
    public Path directory() {
        return directory;
    }

    /** How many schema migrations ran when this workspace was opened (0 when it was up to date). */
    public int migrationsAppliedOnOpen() {
        return migrationsApplied;
    }

    /** Who is working: the display name from the settings if set, otherwise the operating-system user. */
    public String currentUser() {
        return settings.get(SettingsStore.DISPLAY_NAME)
                .filter(name -> !name.isBlank())
                .orElseGet(Workspace::operatingSystemUser);
    }

    private static String operatingSystemUser() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? "unknown" : name;
    }

    public SettingsStore settings() {
        return settings;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public DataSetRegistry dataSets() {
        return dataSets;
    }

    public DocumentStore documents() {
        return documents;
    }

    public ReviewStore reviews() {
        return reviews;
    }

    /** The working drafts of the journeys being designed. */
    public JourneyDraftStore journeyDrafts() {
        return journeyDrafts;
    }

    /** The public key directory: who each approval and export signing key belongs to. */
    public PublicKeyDirectory publicKeys() {
        return publicKeys;
    }

    /** Closes the database and releases the lock; safe to call twice. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
